using Cremona.Dup.Web.Features.Importazione;
using Cremona.Dup.Web.Infrastructure.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

/// <summary>The import pages in a real browser: upload through the file field, previews with changes and with errors, axe 0.</summary>
public sealed class ImportazioneBrowserTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    /// <summary>The current plan as a template, after <paramref name="modifica"/>: written as the app writes it.</summary>
    private async Task<byte[]> ModelloAsync(Func<PianoRighe, PianoRighe> modifica)
    {
        using var scope = app.Services.CreateScope();
        var attuale = await scope.ServiceProvider.GetRequiredService<ImportazioneQueries>().AttualeAsync(2020, CancellationToken.None);
        var righe = modifica(attuale.Righe.Visibili());
        using var stream = new MemoryStream();
        await XlsxWriter.WriteAsync(ModelloPiano.Workbook(righe, 2020, "Comune di Cremona", "test", DateTime.UtcNow), stream, CancellationToken.None);
        return stream.ToArray();
    }

    private static async Task CaricaAsync(IPage page, byte[] file)
    {
        await page.GotoAsync("/piano/importa");
        await page.GetByLabel("File Excel compilato").SetInputFilesAsync(new FilePayload
        {
            Name = "piano.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = file,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Controlla il file" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/piano/importa/[0-9a-f-]{36}$"));
    }

    [Fact]
    public async Task The_upload_page_has_no_WCAG_21_AA_violations_also_with_an_error_and_on_a_phone()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "segreteria");
        (await page.GotoAsync("/piano/importa"))!.Status.Should().Be(200);
        await Axe.ScreenshotAsync(page, "importa");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();

        await page.GetByRole(AriaRole.Button, new() { Name = "Controlla il file" }).ClickAsync();
        (await page.InnerTextAsync("#File-errore")).Should().Be("Scegliere il file Excel (.xlsx) da importare.");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();

        await page.GotoAsync("/piano/modello.xlsx?anno=1800");
        (await page.InnerTextAsync("#anno-errore")).Should().Contain("tra 2000 e 2100");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();

        var phone = await app.NewPageAsync(width: 390, height: 844);
        await BrowserAppFactory.LoginAsync(phone, "segreteria");
        await phone.GotoAsync("/piano/importa");
        await Axe.ScreenshotAsync(phone, "importa-mobile");
        (await Axe.ViolationsAsync(phone)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_preview_with_changes_and_one_with_errors_have_no_violations()
    {
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "segreteria");
        await CaricaAsync(page, await ModelloAsync(p => p with
        {
            Operativi = [p.Operativi[0] with { Nome = "Nome nuovo", Definizione = "Definizione 2020." }, .. p.Operativi.Skip(1)],
            Indicatori = p.Indicatori.Skip(1).ToList(),
        }));
        (await page.InnerTextAsync("#conteggio-modifiche")).Should().Be("1");
        (await page.InnerTextAsync("#conteggio-ritiri")).Should().Be("1");
        await Axe.ScreenshotAsync(page, "importa-anteprima");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();

        await CaricaAsync(page, await ModelloAsync(p => p with
        {
            Programmi = [p.Programmi[0] with { Missione = 77 }, .. p.Programmi.Skip(1)],
        }));
        (await page.InnerTextAsync("#errori-importazione")).Should().Contain("la missione 77 non è nel foglio «Missioni»");
        await Axe.ScreenshotAsync(page, "importa-anteprima-errori");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();

        // Applying the first preview leads to the outcome page.
        await CaricaAsync(page, await ModelloAsync(p => p with
        {
            Operativi = [p.Operativi[0] with { Nome = "Nome nuovo" }, .. p.Operativi.Skip(1)],
        }));
        await page.GetByRole(AriaRole.Button, new() { Name = "Applica" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/esito$"));
        (await page.InnerTextAsync("h1")).Should().Be("Importazione applicata");
        await Axe.ScreenshotAsync(page, "importa-esito");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }
}
