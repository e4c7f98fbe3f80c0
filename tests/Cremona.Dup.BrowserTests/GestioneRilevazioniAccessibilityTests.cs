using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

/// <summary>Segreteria's round pages in a real browser: WCAG 2.1 AA with axe-core, and the dashboard's script.</summary>
public sealed class GestioneRilevazioniAccessibilityTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        // A dashboard with every state in it, and something to validate.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var items = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
            .Where(r => r.Rilevazione.Data == new DateOnly(2019, 12, 31) && r.Stato == StatoCompilazione.DaCompilare
                && new[] { "C06", "C07", "C08", "C64", "C68" }.Contains(r.Obiettivo.Codice))
            .ToListAsync();
        foreach (var item in items)
        {
            item.Update("Stato di attuazione di prova.", null);
            if (item.Obiettivo.Codice == "C08") continue;
            item.Invia(DateTime.UtcNow, "test");
            if (item.Obiettivo.Codice == "C64") item.Valida(DateTime.UtcNow, "test");
            if (item.Obiettivo.Codice == "C68") item.Restituisci("Da completare.");
        }
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private const string ContrastScript = """
        el => {
            const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
            const lum = ([r, g, b]) => {
                const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
            };
            const style = getComputedStyle(el);
            const a = lum(rgb(style.color)), b = lum(rgb(style.backgroundColor));
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
        """;

    [Fact]
    public async Task Every_compilation_state_badge_passes_colour_contrast()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "segreteria");
        await page.GotoAsync("/rilevazioni/2019-12-31?stato=Bozza");
        await OpenDetailsAsync(page);
        var badges = await page.Locator("span.badge").AllInnerTextsAsync();
        badges.Should().Contain("In bozza", "C08 is a draft");
        // axe reports some badge contrasts only as "incomplete": compute the WCAG ratio of the draft badge itself.
        var ratio = await page.Locator("span.badge", new() { HasText = "In bozza" }).First.EvaluateAsync<double>(ContrastScript);
        ratio.Should().BeGreaterThanOrEqualTo(4.5, "text of a small badge needs 4.5:1 (WCAG 1.4.3)");
        foreach (var stato in new[] { "Inviato", "Validato", "Restituito" })
        {
            await page.GotoAsync($"/rilevazioni/2019-12-31?stato={stato}");
            await OpenDetailsAsync(page);
            (await Axe.ViolationsAsync(page)).Should().BeEmpty(stato);
        }
        await page.GotoAsync("/rilevazioni/2019-12-31?stato=Bozza");
        await OpenDetailsAsync(page);
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_dashboard_at_phone_width_has_no_violations()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await BrowserAppFactory.LoginAsync(page, "segreteria");
        await page.GotoAsync("/rilevazioni/2019-12-31");
        await Axe.ScreenshotAsync(page, "rilevazione-dashboard-mobile");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Errors_of_the_new_round_form_are_announced_focused_and_have_no_violations()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "segreteria");
        await page.GotoAsync("/rilevazioni/nuova");
        await page.GetByLabel("Data di riferimento").FillAsync("2020-06-29");
        await page.GetByRole(AriaRole.Button, new() { Name = "Crea la rilevazione" }).ClickAsync();
        await page.WaitForSelectorAsync("#Data-errore");
        (await page.InnerTextAsync("#Data-errore")).Should().Contain("30 giugno o il 31 dicembre");
        (await page.InnerTextAsync("#Titolo-errore")).Should().Be("Indicare il titolo della rilevazione.");
        (await page.EvaluateAsync<string>("document.activeElement.id")).Should().Be("errori");
        (await page.InputValueAsync("#Data")).Should().Be("2020-06-29");
        await Axe.ScreenshotAsync(page, "rilevazione-nuova-errori");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Select_all_ticks_every_obiettivo_waiting_for_validation()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "segreteria");
        await page.GotoAsync("/rilevazioni/2019-12-31");
        var boxes = page.Locator("#valida-selezionati input[name='codici']");
        (await boxes.CountAsync()).Should().BeGreaterThan(1);

        await page.Locator("#seleziona-tutti").CheckAsync(new() { Force = true });
        foreach (var box in await boxes.AllAsync()) (await box.IsCheckedAsync()).Should().BeTrue();

        await boxes.First.UncheckAsync(new() { Force = true });
        (await page.Locator("#seleziona-tutti").IsCheckedAsync()).Should().BeFalse();
    }

    private static async Task OpenDetailsAsync(IPage page) =>
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
}
