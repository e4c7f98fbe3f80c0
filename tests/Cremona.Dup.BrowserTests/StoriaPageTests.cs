using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

/// <summary>The history of an obiettivo after a few changes, as a person sees it, desktop and phone.</summary>
public sealed class StoriaPageTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Audit.AnyAsync()) return; // the class's fixture is shared: change once
        var item = await db.RilevazioniObiettivi
            .Include(r => r.Rilevazione)
            .Include(r => r.Valori)
            .Include(r => r.Obiettivo).ThenInclude(o => o.Indicatori).ThenInclude(i => i.Valori)
            .SingleAsync(r => r.Rilevazione.Data == new DateOnly(2019, 12, 31) && r.Obiettivo.Codice == "C06");
        var indicatori = item.Obiettivo.Indicatori.OrderBy(i => i.Ordine).ToList();

        item.Update(
            "Nel secondo semestre 2019 sono stati presentati **12 progetti** a bandi regionali ed europei.\n\n" +
            "- Bando periferie: in istruttoria\n- Bando cultura: finanziato",
            "Nessuna.");
        item.SetValore(indicatori[0], 1234.56m, "Dato provvisorio al 30 novembre.");
        await db.SaveChangesAsync();

        item.Update(
            "Nel secondo semestre 2019 sono stati presentati **14 progetti** a bandi regionali, nazionali ed europei.\n\n" +
            "- Bando periferie: finanziato\n- Bando cultura: finanziato\n- Bando <script>alert(1)</script>: respinto",
            "Rafforzare il coordinamento con gli uffici tecnici.");
        item.SetValore(indicatori[0], 1250m, "Dato definitivo.");
        item.Invia(DateTime.UtcNow, "di.girolamo.gabriella");
        await db.SaveChangesAsync();

        scope.ServiceProvider.GetRequiredService<AuditContext>().Nota = "Manca il dato del secondo indicatore.";
        item.Restituisci("Manca il dato del secondo indicatore.");
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_history_page_has_no_WCAG_21_AA_violations()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "di.girolamo.gabriella");
        var response = await page.GotoAsync("/obiettivi/C06/storia");
        response!.Status.Should().Be(200);
        (await page.Locator("section.storia-salvataggio").CountAsync()).Should().Be(3);
        await page.Locator("details summary").First.ClickAsync(); // the full versions, opened
        await Axe.ScreenshotAsync(page, "storia-C06");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_history_page_at_phone_width_has_no_violations()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await BrowserAppFactory.LoginAsync(page, "controllo");
        await page.GotoAsync("/obiettivi/C06");
        await page.GetByRole(AriaRole.Link, new() { Name = "Storia delle modifiche" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Storia delle modifiche')");
        await Axe.ScreenshotAsync(page, "storia-C06-mobile");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }
}
