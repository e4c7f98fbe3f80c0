using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

public sealed class IndicatoriBrowserTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task The_explorer_has_no_WCAG_21_AA_violations()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "controllo");
        var response = await page.GotoAsync("/indicatori?missione=1&ordina=raggiungimento&verso=desc");
        response!.Status.Should().Be(200);
        await Axe.ScreenshotAsync(page, "indicatori");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_explorer_with_a_bad_filter_has_no_violations_on_a_phone()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await BrowserAppFactory.LoginAsync(page, "di.girolamo.gabriella");
        await page.GotoAsync("/indicatori?anno=abcd");
        (await page.InnerTextAsync("#errori-filtri")).Should().Contain("L'anno «abcd» non è valido");
        await Axe.ScreenshotAsync(page, "indicatori-errore-mobile");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_summary_per_missione_draws_its_chart_under_the_real_CSP_and_has_no_violations()
    {
        var page = await app.NewPageAsync(bypassCsp: false);
        var cspErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) cspErrors.Add(message.Text);
        };
        await BrowserAppFactory.LoginAsync(page, "controllo");
        await page.GotoAsync("/indicatori/missioni");
        await page.WaitForSelectorAsync("canvas#grafico-missioni[data-disegnato='true']");
        cspErrors.Should().BeEmpty();

        // axe-core needs the CSP bypassed to be injected: same page, same chart.
        var axePage = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(axePage, "controllo");
        await axePage.GotoAsync("/indicatori/missioni");
        await axePage.WaitForSelectorAsync("canvas#grafico-missioni[data-disegnato='true']");
        await Axe.ScreenshotAsync(axePage, "indicatori-missioni");
        (await Axe.ViolationsAsync(axePage)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_indicator_page_with_chart_and_form_has_no_violations()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "controllo");
        await page.GotoAsync("/indicatori");
        await page.GetByRole(AriaRole.Link, new() { Name = "Grado di copertura dei progetti" }).ClickAsync();
        await page.WaitForSelectorAsync("canvas#grafico-andamento[data-disegnato='true']");
        (await page.Locator("form#misura").CountAsync()).Should().Be(1);
        await Axe.ScreenshotAsync(page, "indicatore");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_indicator_form_errors_are_announced_and_have_no_violations()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "controllo");
        await page.GotoAsync("/indicatori");
        await page.GetByRole(AriaRole.Link, new() { Name = "Grado di copertura dei progetti" }).ClickAsync();
        await page.GetByLabel("Soglia di raggiungimento (%)").FillAsync("90");
        await page.GetByLabel("Soglia di raggiungimento parziale (%)").FillAsync("95");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#riepilogo-errori");
        (await page.InnerTextAsync("#riepilogo-errori")).Should().Contain("minore della soglia di raggiungimento");
        await Axe.ScreenshotAsync(page, "indicatore-errori");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }
}
