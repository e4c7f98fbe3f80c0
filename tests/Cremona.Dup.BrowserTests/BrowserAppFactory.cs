using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

/// <summary>
/// The real app on a real Kestrel port with its own SQLite file in demo mode, and one headless Debian Chromium
/// driven by Playwright (never a downloaded browser).
/// </summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "cremona-dup-browser", Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;

    public BrowserAppFactory() => UseKestrel(0);

    public IBrowser Browser { get; private set; } = null!;

    public Uri RootUri { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dataFolder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("App:DataFolder", dataFolder);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Sicurezza:LoginPerMinuto", "100000"); // every page logs in from loopback
    }

    public async Task InitializeAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Secure cookies are accepted on http://localhost (a potentially trustworthy origin) but not on 127.0.0.1 names.
        RootUri = new UriBuilder(address) { Host = "localhost" }.Uri;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool bypassCsp = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = RootUri.ToString(),
            BypassCSP = bypassCsp, // true to inject axe-core; the app's own pages never need it
            Locale = "it-IT",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    public static async Task LoginAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Nome utente").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(Cremona.Dup.Web.Data.Seeding.DemoOptions.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataFolder, recursive: true); }
        catch (IOException) { /* cleaned with the temp folder */ }
    }
}
