using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

/// <summary>
/// The whole monitoring flow in a browser: the responsabile fills in and sends, Segreteria returns it with a note,
/// the responsabile corrects and sends again, Segreteria validates and closes the round; axe-core on every page.
/// </summary>
public sealed class FlussoRilevazioneTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string Form = "/rilevazioni/2019-12-31/obiettivi/C10";

    [Fact]
    public async Task Fill_send_return_correct_send_validate_and_close()
    {
        var responsabile = await app.NewPageAsync();
        var segreteria = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(responsabile, "di.girolamo.gabriella");
        await BrowserAppFactory.LoginAsync(segreteria, "segreteria");

        // 1. The responsabile finds the obiettivo among their activities and sends it.
        await AxeCleanAsync(responsabile, "flusso-1-home");
        await responsabile.Locator($"a[href='{Form}']").ClickAsync();
        await responsabile.WaitForURLAsync("**" + Form);
        await AxeCleanAsync(responsabile, "flusso-2-form");
        await responsabile.GetByLabel("Stato di attuazione al 31/12/2019").FillAsync("Definiti gli indirizzi per il gruppo.");
        await responsabile.GetByRole(AriaRole.Button, new() { Name = "Invia alla Segreteria Generale" }).ClickAsync();
        await responsabile.WaitForSelectorAsync(".alert-success");
        (await responsabile.InnerTextAsync(".alert-success")).Should().Contain("inviato alla Segreteria Generale");
        await AxeCleanAsync(responsabile, "flusso-3-inviato");

        // 2. Segreteria sees it waiting on the dashboard and returns it with a note.
        await segreteria.GotoAsync("/rilevazioni/2019-12-31");
        await AxeCleanAsync(segreteria, "flusso-4-dashboard");
        await segreteria.GotoAsync(Form);
        await AxeCleanAsync(segreteria, "flusso-5-verifica");
        await segreteria.GetByLabel("Nota per il responsabile").FillAsync("Indicare il numero di società coinvolte.");
        await segreteria.GetByRole(AriaRole.Button, new() { Name = "Restituisci al responsabile" }).ClickAsync();
        await segreteria.WaitForLoadStateAsync();
        await AxeCleanAsync(segreteria, "flusso-6-restituito");

        // 3. The responsabile reads the note, corrects and sends again.
        await responsabile.GotoAsync(Form);
        (await responsabile.InnerTextAsync(".alert-warning")).Should().Contain("Indicare il numero di società coinvolte.");
        await AxeCleanAsync(responsabile, "flusso-7-correzione");
        await responsabile.GetByLabel("Stato di attuazione al 31/12/2019").FillAsync("Definiti gli indirizzi per le 9 società del gruppo.");
        await responsabile.GetByRole(AriaRole.Button, new() { Name = "Invia alla Segreteria Generale" }).ClickAsync();
        await responsabile.WaitForSelectorAsync(".alert-success");

        // 4. Segreteria validates it and closes the round.
        await segreteria.GotoAsync(Form);
        await segreteria.GetByRole(AriaRole.Button, new() { Name = "Valida", Exact = true }).ClickAsync();
        await segreteria.WaitForLoadStateAsync();
        await segreteria.GotoAsync("/rilevazioni/2019-12-31/chiudi");
        await AxeCleanAsync(segreteria, "flusso-8-chiudi");
        await segreteria.Locator("label[for='Conferma']").ClickAsync(); // Bootstrap Italia draws the box on the label
        (await segreteria.Locator("#Conferma").IsCheckedAsync()).Should().BeTrue();
        await segreteria.GetByRole(AriaRole.Button, new() { Name = "Chiudi la rilevazione" }).ClickAsync();
        await segreteria.WaitForLoadStateAsync();
        await segreteria.GotoAsync("/rilevazioni");
        (await segreteria.Locator("main tr", new() { HasText = "31/12/2019" }).InnerTextAsync()).Should().Contain("Chiusa");
        await AxeCleanAsync(segreteria, "flusso-9-rilevazioni");

        // 5. A closed round is locked: the responsabile reads only.
        await responsabile.GotoAsync(Form);
        (await responsabile.InnerTextAsync("main")).Should().Contain("La rilevazione è chiusa");
        (await responsabile.Locator("#StatoAttuazione").GetAttributeAsync("readonly")).Should().NotBeNull();
        (await responsabile.InputValueAsync("#StatoAttuazione")).Should().Be("Definiti gli indirizzi per le 9 società del gruppo.");
        await AxeCleanAsync(responsabile, "flusso-10-chiusa");
    }

    private static async Task AxeCleanAsync(IPage page, string name)
    {
        await Axe.ScreenshotAsync(page, name);
        (await Axe.ViolationsAsync(page)).Should().BeEmpty($"page {name} ({page.Url})");
    }
}
