using Cremona.Dup.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file of its own (one per test class), in demo mode, with production-like settings
/// (environment "Testing": secure cookies, Italian error pages). Counts the SQL commands each request runs.
/// </summary>
public class DupAppFactory : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "cremona-dup-tests", Guid.NewGuid().ToString("N"));

    public CommandCounter Commands { get; } = new();

    public string DataFolder => dataFolder;

    /// <summary>The SQLite file of this app, under its data folder.</summary>
    public string DatabasePath => Path.Combine(dataFolder, "cremona-dup.db");

    protected virtual bool DemoEnabled => true;

    /// <summary>
    /// Settings on top of the defaults. The background e-mail sender and reminder service are off by default, so that
    /// no test races them: tests call <c>EmailOutboxSender.InviaInAttesaAsync</c> and <c>PromemoriaRunner.EseguiAsync</c>.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dataFolder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("App:DataFolder", dataFolder);
        builder.UseSetting("Demo:Enabled", DemoEnabled ? "true" : "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Email:InvioAbilitato", "false");
        builder.UseSetting("Promemoria:Abilitato", "false");
        // Every test client shares one (empty) remote address: the login limiter is tested on its own (Sicurezza/).
        builder.UseSetting("Sicurezza:LoginPerMinuto", "100000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Commands)));
    }

    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataFolder, recursive: true); }
        catch (IOException) { /* a file still held by the OS; the temp folder is cleaned eventually */ }
    }
}
