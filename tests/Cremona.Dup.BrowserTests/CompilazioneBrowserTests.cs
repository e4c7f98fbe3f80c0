using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

public sealed class CompilazioneBrowserTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task The_data_entry_form_has_no_WCAG_21_AA_violations()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "di.girolamo.gabriella");
        await page.GotoAsync("/rilevazioni/2019-12-31/obiettivi/C06");
        await Axe.ScreenshotAsync(page, "compilazione-C06");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Preview_and_counter_work_under_the_real_content_security_policy()
    {
        var page = await app.NewPageAsync(bypassCsp: false);
        var cspErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) cspErrors.Add(message.Text);
        };
        await BrowserAppFactory.LoginAsync(page, "di.girolamo.gabriella");
        await page.GotoAsync("/rilevazioni/2019-12-31/obiettivi/C07");

        await page.GetByLabel("Stato di attuazione al 31/12/2019").FillAsync("Avanzamento **regolare**:\n\n- punto uno\n- punto due");

        await page.WaitForSelectorAsync("#StatoAttuazione-anteprima strong");
        (await page.InnerTextAsync("#StatoAttuazione-anteprima strong")).Should().Be("regolare");
        (await page.Locator("#StatoAttuazione-anteprima li").CountAsync()).Should().Be(2);
        (await page.InnerTextAsync("#StatoAttuazione-contatore")).Should().Be("50 / 20.000 caratteri");
        cspErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Sending_a_value_below_target_without_corrective_actions_asks_first_and_can_be_cancelled()
    {
        var page = await app.NewPageAsync(bypassCsp: false);
        await BrowserAppFactory.LoginAsync(page, "di.girolamo.gabriella");
        await page.GotoAsync("/rilevazioni/2019-12-31/obiettivi/C06");
        await page.GetByLabel("Stato di attuazione al 31/12/2019").FillAsync("Avanzamento.");
        await page.Locator("#Valori_0__Consuntivo").FillAsync("10,00");
        string? dialogText = null;
        page.Dialog += async (_, dialog) =>
        {
            dialogText = dialog.Message;
            await dialog.DismissAsync();
        };

        await page.GetByRole(AriaRole.Button, new() { Name = "Invia alla Segreteria Generale" }).ClickAsync();

        dialogText.Should().Contain("Grado di copertura dei progetti");
        page.Url.Should().EndWith("/rilevazioni/2019-12-31/obiettivi/C06");
        (await page.Locator("#Valori_0__Consuntivo").InputValueAsync()).Should().Be("10,00", "cancelling keeps what was typed");
    }
}
