namespace Cremona.Dup.Web.Data;

/// <summary>The app's data folder (SQLite file, logs, data-protection keys): <c>App:DataFolder</c>, default App_Data.</summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var folder = configuration["App:DataFolder"] ?? "App_Data";
        var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, folder));
        Directory.CreateDirectory(path);
        return path;
    }
}
