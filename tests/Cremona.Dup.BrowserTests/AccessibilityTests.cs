using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

public sealed class AccessibilityTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task Login_errors_are_announced_and_have_no_violations()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await page.WaitForSelectorAsync(".alert-danger li");
        (await page.InnerTextAsync(".alert-danger")).Should().Contain("Indicare il nome utente.");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task An_organismo_partecipato_page_has_no_violations_on_a_phone()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await BrowserAppFactory.LoginAsync(page, "segreteria");
        await page.GotoAsync("/partecipate");
        await page.GetByRole(AriaRole.Link, new() { Name = "Azienda Speciale Cremona Solidale" }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Azienda Speciale Cremona Solidale')");
        await Axe.ScreenshotAsync(page, "partecipata-mobile");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }
}
