using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.BrowserTests;

/// <summary>The Amministratore's pages in a real browser, desktop and phone width: WCAG 2.1 AA with axe-core.</summary>
public sealed class AmministrazioneAccessibilityTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private async Task<string> IdAsync(string userName)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == userName)
            .Select(u => u.Id).SingleAsync();
    }

    [Theory]
    [InlineData("/amministrazione/utenti", "amministrazione-utenti", 1280)]
    [InlineData("/amministrazione/utenti?ruolo=Responsabile&q=ma", "amministrazione-utenti-filtrati", 390)]
    [InlineData("/amministrazione/utenti/nuovo", "amministrazione-utente-nuovo", 1280)]
    [InlineData("/amministrazione/utenti/{id}", "amministrazione-utente", 1280)]
    [InlineData("/amministrazione/utenti/{id}", "amministrazione-utente-telefono", 390)]
    [InlineData("/amministrazione/impostazioni", "amministrazione-impostazioni", 1280)]
    [InlineData("/amministrazione/impostazioni", "amministrazione-impostazioni-telefono", 390)]
    [InlineData("/account/cambia-password", "cambia-password", 1280)]
    public async Task Admin_pages_have_no_WCAG_21_AA_violations(string url, string name, int width)
    {
        var page = await app.NewPageAsync(width: width, height: 900);
        await BrowserAppFactory.LoginAsync(page, "admin");
        var response = await page.GotoAsync(url.Replace("{id}", await IdAsync("di.girolamo.gabriella"), StringComparison.Ordinal));
        response!.Status.Should().Be(200);
        await Axe.ScreenshotAsync(page, name);
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Form_errors_on_the_new_account_page_have_no_violations()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "admin");
        await page.GotoAsync("/amministrazione/utenti/nuovo");
        await page.Locator("#UserName").FillAsync("Nome Non Valido");
        await page.Locator("#Email").FillAsync("non-una-email");
        await page.Locator("form#account button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#riepilogo-errori");
        (await page.InnerTextAsync("#riepilogo-errori")).Should().Contain("Indicare nome e cognome.");
        await Axe.ScreenshotAsync(page, "amministrazione-utente-errori");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Settings_errors_have_no_violations()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "admin");
        await page.GotoAsync("/amministrazione/impostazioni");
        await page.Locator("#SmtpPort").FillAsync("70000");
        await page.Locator("form#impostazioni button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#riepilogo-errori");
        (await page.InnerTextAsync("#SmtpPort-errore")).Should().Contain("La porta SMTP deve essere un numero tra 1 e 65535.");
        await Axe.ScreenshotAsync(page, "amministrazione-impostazioni-errori");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }
}
