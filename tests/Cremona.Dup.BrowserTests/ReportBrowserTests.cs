using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

public sealed class ReportBrowserTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task The_page_of_a_responsabile_at_phone_width_has_no_violations()
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await BrowserAppFactory.LoginAsync(page, "di.girolamo.gabriella");
        await page.GotoAsync("/report?data=2019-12-31");
        await Axe.ScreenshotAsync(page, "report-mobile");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_pdf_button_shows_progress_then_downloads_under_the_real_content_security_policy()
    {
        var page = await app.NewPageAsync(bypassCsp: false);
        var cspErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) cspErrors.Add(message.Text);
        };
        await BrowserAppFactory.LoginAsync(page, "segreteria");
        await page.GotoAsync("/report?data=2019-06-30&programma=1.02");
        var button = page.GetByRole(AriaRole.Link, new() { Name = "Scarica il PDF" });

        var download = page.WaitForDownloadAsync(new() { Timeout = 180_000 });
        await button.ClickAsync();
        (await page.Locator("#progresso-pdf").IsVisibleAsync()).Should().BeTrue("a spinner with text runs while the PDF is generated");
        (await button.GetAttributeAsync("aria-disabled")).Should().Be("true");
        await Axe.ScreenshotAsync(page, "report-progresso");

        (await download).SuggestedFilename.Should().Be("Allegato6_2019-06-30_programma-1.02.pdf");
        await page.Locator("#progresso-pdf").WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        (await button.GetAttributeAsync("aria-disabled")).Should().BeNull();
        cspErrors.Should().BeEmpty();
    }
}
