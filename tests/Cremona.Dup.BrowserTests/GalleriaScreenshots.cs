using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

/// <summary>
/// Screenshots of the main pages: every page answers 200 and each image is a real, bounded PNG. With GALLERIA=1
/// (scripts/galleria.sh) they are written to docs/screenshots, the gallery linked from the README; otherwise to a
/// temporary folder, so that ./test.sh never changes the repository.
/// </summary>
[Trait("Category", "Screenshots")]
public sealed class GalleriaScreenshots(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const int MaxHeight = 1600;

    private static readonly Lazy<string> Target = new(() => Environment.GetEnvironmentVariable("GALLERIA") == "1"
        ? RepositoryFolder()
        : Directory.CreateTempSubdirectory("cremona-dup-galleria-").FullName);

    private static string Folder() => Target.Value;

    private static string RepositoryFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cremona.Dup.sln"))) return Path.Combine(dir.FullName, "docs", "screenshots");
        throw new DirectoryNotFoundException("Cremona.Dup.sln non trovato");
    }

    private static async Task ShotAsync(IPage page, string url, string name, int width = 1280, int maxHeight = MaxHeight)
    {
        (await page.GotoAsync(url))!.Status.Should().Be(200, url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        var path = Path.Combine(Folder(), name + ".png");
        Directory.CreateDirectory(Folder());
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = width, Height = Math.Min(height, maxHeight) },
        });
        var bytes = await File.ReadAllBytesAsync(path);
        bytes.Length.Should().BeInRange(10 * 1024, 400 * 1024, name);
        bytes.AsSpan(0, 8).ToArray().Should().Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], name);
    }

    [Fact]
    public async Task Generate_the_gallery()
    {
        try
        {
            await ShootAllAsync();
        }
        finally
        {
            // The temporary folder of an ordinary test run is removed; the gallery of GALLERIA=1 stays in docs/.
            if (Target.IsValueCreated && Environment.GetEnvironmentVariable("GALLERIA") != "1" && Directory.Exists(Target.Value))
                Directory.Delete(Target.Value, recursive: true);
        }
    }

    private async Task ShootAllAsync()
    {
        using (var scope = app.Services.CreateScope())
        {
            // A draft, a sent and a validated obiettivo, so that badges and dashboard show real states.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var items = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
                .Where(r => r.Rilevazione.Data == new DateOnly(2019, 12, 31) && new[] { "C06", "C07", "C08" }.Contains(r.Obiettivo.Codice))
                .ToListAsync();
            foreach (var item in items.Where(i => i.Stato == StatoCompilazione.DaCompilare))
            {
                item.Update("Nel secondo semestre sono stati presentati **12 progetti** a bandi regionali ed europei.", null);
                if (item.Obiettivo.Codice == "C06") continue;
                item.Invia(DateTime.UtcNow, "di.girolamo.gabriella");
                if (item.Obiettivo.Codice == "C08") item.Valida(DateTime.UtcNow, "segreteria");
            }
            await db.SaveChangesAsync();
        }

        var anonimo = await app.NewPageAsync(bypassCsp: false);
        await ShotAsync(anonimo, "/Account/Login", "01-login");

        var responsabile = await app.NewPageAsync(bypassCsp: false);
        await BrowserAppFactory.LoginAsync(responsabile, "di.girolamo.gabriella");
        await ShotAsync(responsabile, "/", "02-home-responsabile");
        await ShotAsync(responsabile, "/programmi/1.02", "03-programma");
        await ShotAsync(responsabile, "/obiettivi/C06", "04-obiettivo");
        await ShotAsync(responsabile, "/rilevazioni/2019-12-31/obiettivi/C06", "05-compilazione", maxHeight: 2700);

        var controllo = await app.NewPageAsync(bypassCsp: false);
        await BrowserAppFactory.LoginAsync(controllo, "controllo");
        await ShotAsync(controllo, "/indicatori?missione=1", "06-indicatori");

        var segreteria = await app.NewPageAsync(bypassCsp: false);
        await BrowserAppFactory.LoginAsync(segreteria, "segreteria");
        await ShotAsync(segreteria, "/rilevazioni/2019-12-31", "07-cruscotto-rilevazione");
        await ShotAsync(segreteria, "/report?data=2019-06-30", "08-stampa-allegato6");

        var admin = await app.NewPageAsync(bypassCsp: false);
        await BrowserAppFactory.LoginAsync(admin, "admin");
        await ShotAsync(admin, "/amministrazione/utenti", "09-amministrazione-utenti");

        var telefono = await app.NewPageAsync(width: 390, height: 844, bypassCsp: false);
        await BrowserAppFactory.LoginAsync(telefono, "di.girolamo.gabriella");
        await ShotAsync(telefono, "/obiettivi/C06", "10-obiettivo-telefono", width: 390);
    }
}
