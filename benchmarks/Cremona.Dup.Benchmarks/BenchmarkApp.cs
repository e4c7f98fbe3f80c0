using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace Cremona.Dup.Benchmarks;

/// <summary>
/// The real app in-process on its own SQLite file, demo data loaded, report cache off (to measure rendering) unless
/// <paramref name="cache"/> asks for it.
/// </summary>
public sealed class BenchmarkApp(bool cache = false) : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "cremona-dup-bench", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Directory.CreateDirectory(DataFolder);
        builder.UseSolutionRelativeContentRoot("src/Cremona.Dup.Web", "Cremona.Dup.sln");
        builder.UseEnvironment("Production");
        builder.UseSetting("App:DataFolder", DataFolder);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Report:CacheEnabled", cache ? "true" : "false");
        builder.UseSetting("Pdf:TimeoutSeconds", "1800"); // the 10× report runs to some 2,000 pages
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Cremona.Dup.Web.Infrastructure.Pdf", "Debug"); // time per stage, in the console log
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (IOException) { /* left to the temp folder */ }
    }
}
