using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.BrowserTests;

/// <summary>Segreteria's plan-editing pages in a real browser: WCAG 2.1 AA with axe-core, retired badges and errors included.</summary>
public sealed class PianoAccessibilityTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        // A retired obiettivo, so that the "Ritirato" badge is on the page.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var obiettivo = await db.ObiettiviOperativi.SingleAsync(o => o.Codice == "C07");
        obiettivo.Ritira();
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/piano?ritirati=true", "piano")]
    [InlineData("/piano/obiettivi/C06", "piano-obiettivo")]
    [InlineData("/piano/obiettivi/C07", "piano-obiettivo-ritirato")]
    [InlineData("/piano/programmi/1.02", "piano-programma")]
    [InlineData("/piano/nuovo-anno", "piano-nuovo-anno")]
    [InlineData("/obiettivi/C07", "obiettivo-ritirato")]
    public async Task Plan_pages_have_no_WCAG_21_AA_violations(string url, string name)
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "segreteria");
        var response = await page.GotoAsync(url);
        response!.Status.Should().Be(200);
        await Axe.ScreenshotAsync(page, name);
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_indicator_form_with_errors_has_no_WCAG_21_AA_violations()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "segreteria");
        await page.GotoAsync("/piano/obiettivi/C06/indicatori/nuovo");
        await page.FillAsync("#Target", "abc");
        await page.FillAsync("#UltimoAnno", "2000");
        await page.ClickAsync("#modifica-indicatore button[type=submit]");
        (await page.Locator("#Target-errore").InnerTextAsync()).Should().Contain("non è un numero");
        (await page.Locator("#Nome-errore").InnerTextAsync()).Should().Be("Il nome dell'indicatore è obbligatorio.");
        await Axe.ScreenshotAsync(page, "piano-indicatore-errori");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }
}
