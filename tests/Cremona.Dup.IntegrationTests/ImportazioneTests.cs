using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Features.Importazione;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cremona.Dup.IntegrationTests.Infrastructure.Importazioni;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// Segreteria downloads the plan as an Excel template, uploads it through the real form and applies it: round trip,
/// every kind of error with its place, a new year applied at once, a plan changed meanwhile, bad files.
/// </summary>
public sealed class ImportazioneTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    [Fact]
    public async Task The_template_has_instructions_and_one_sheet_per_level_filled_with_the_current_plan()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.GetAsync(new Uri("/piano/modello.xlsx?anno=2020", UriKind.Relative));

        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("modello-piano-2020.xlsx");
        using var xlsx = new XlsxFile(await response.Content.ReadAsByteArrayAsync());
        xlsx.SheetNames.Should().Equal("Istruzioni", "Missioni", "Programmi", "Obiettivi strategici", "Obiettivi operativi", "Indicatori");
        var operativi = xlsx.Sheet("Obiettivi operativi");
        var header = XlsxFile.Rows(operativi)[0].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(xlsx.Text).ToList();
        header.Should().Equal("Codice", "Programma", "Obiettivo strategico", "Nome", "Responsabile politico", "Responsabile gestionale",
            "Descrizione sintetica", "Gap", "Stakeholder", "Settori coinvolti", "Definizione 2020");
        XlsxFile.Rows(operativi).Should().HaveCount(118 + 1);
        var indicatori = xlsx.Sheet("Indicatori");
        XlsxFile.Rows(indicatori).Should().HaveCount(144 + 1);
        var c06 = xlsx.ByHeader(indicatori, XlsxFile.Rows(indicatori)[1]);
        xlsx.Text(c06["Obiettivo operativo"]).Should().Be("C06");
        c06["Target"].DataType.Should().BeNull("numbers are numbers");
        xlsx.Text(c06["Target"]).Should().Be("50");
        xlsx.Text(c06["Primo anno"]).Should().Be("2017");
        operativi.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single().State!.Value
            .Should().Be(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen);
        operativi.Descendants<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>().Should().ContainSingle();
        var istruzioni = XlsxFile.Rows(xlsx.Sheet("Istruzioni")).Skip(1).Select(r => string.Join(" ", r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(xlsx.Text))).ToList();
        istruzioni.Should().Contain(l => l.Contains("ritira", StringComparison.Ordinal));
        istruzioni.Should().Contain(l => l.Contains("controlla l'intero file", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1800")]
    [InlineData("duemila")]
    public async Task A_template_year_that_is_not_valid_gets_an_Italian_error_on_the_page(string anno)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);

        using var response = await client.GetAsync(new Uri($"/piano/modello.xlsx?anno={anno}", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var page = await response.ToDocumentAsync();
        page.QuerySelector("#anno-errore")!.TextContent.Should().Be("Indicare l'anno del piano con quattro cifre, tra 2000 e 2100.");
        page.QuerySelector<IHtmlInputElement>("#anno")!.Value.Should().Be(anno, "what was typed is kept");
    }

    [Fact]
    public async Task The_template_uploaded_unchanged_changes_nothing()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var before = await app.StatoAsync(2019);

        var page = await client.AnteprimaAsync(await client.ModelloAsync());

        Errori(page).Should().BeEmpty();
        Conteggi(page).Should().Be((0, 0, 0, 0));
        page.QuerySelector("#esito-controllo")!.TextContent.Should().Contain("Non cambia nulla del piano");
        page.QuerySelector("form#applica").Should().BeNull("there is nothing to apply");
        (await app.StatoAsync(2019)).Should().Be(before);
    }

    [Fact]
    public async Task A_file_with_every_kind_of_error_reports_each_with_its_place_and_writes_nothing()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var before = await app.StatoAsync();
        var modello = new ModelloModificabile(await client.ModelloAsync(2020));
        modello.Imposta("Missioni", 2, "Nome", null);
        var missioneIgnota = modello.Aggiungi("Programmi", new() { ["Codice"] = "20.01", ["Missione"] = 20m, ["Nome"] = "Missione ignota" });
        var prefisso = modello.Aggiungi("Programmi", new() { ["Codice"] = "4.99", ["Missione"] = 1m, ["Nome"] = "Prefisso sbagliato" });
        var doppio = modello.Aggiungi("Obiettivi strategici", new() { ["Codice"] = "B01", ["Nome"] = "Doppione" });
        var senzaProgramma = modello.Aggiungi("Obiettivi operativi", new()
        {
            ["Codice"] = "C9101",
            ["Programma"] = "1.99",
            ["Nome"] = "Senza programma",
            ["Responsabile gestionale"] = "Pesaro Mara",
        });
        var senzaStrategico = modello.Aggiungi("Obiettivi operativi", new()
        {
            ["Codice"] = "C9102",
            ["Programma"] = "1.02",
            ["Obiettivo strategico"] = "B999",
            ["Nome"] = "Senza strategico",
            ["Responsabile gestionale"] = "Pesaro Mara",
        });
        var senzaObiettivo = modello.Aggiungi("Indicatori", new()
        {
            ["Obiettivo operativo"] = "C9199",
            ["Nome"] = "Senza obiettivo",
            ["Primo anno"] = 2020m,
            ["Ultimo anno"] = 2020m,
        });
        var c06 = modello.Riga("Indicatori", "Obiettivo operativo", "C06", "N.", 1m);
        modello.Imposta("Indicatori", c06, "Target", "molto alto");
        var c07 = modello.Riga("Indicatori", "Obiettivo operativo", "C07", "N.", 1m);
        modello.Imposta("Indicatori", c07, "Primo anno", "duemila").Imposta("Indicatori", c07, "Ultimo anno", 2150m);

        var page = await client.AnteprimaAsync(modello.Salva(), "piano con errori.xlsx");

        Errori(page).Should().BeEquivalentTo(
            "Foglio «Missioni», riga 2, colonna B (Nome): manca il valore, che è obbligatorio.",
            $"Foglio «Programmi», riga {missioneIgnota}, colonna B (Missione): la missione 20 non è nel foglio «Missioni».",
            $"Foglio «Programmi», riga {prefisso}, colonna A (Codice): il codice 4.99 non corrisponde alla missione 1: deve iniziare con «1.».",
            $"Foglio «Obiettivi strategici», riga {doppio}, colonna A (Codice): codice B01 ripetuto: compare già alla riga 2.",
            $"Foglio «Obiettivi operativi», riga {senzaProgramma}, colonna B (Programma): il programma 1.99 non è nel foglio «Programmi».",
            $"Foglio «Obiettivi operativi», riga {senzaStrategico}, colonna C (Obiettivo strategico): l'obiettivo strategico B999 non è nel foglio «Obiettivi strategici».",
            $"Foglio «Indicatori», riga {senzaObiettivo}, colonna A (Obiettivo operativo): l'obiettivo operativo C9199 non è nel foglio «Obiettivi operativi».",
            $"Foglio «Indicatori», riga {c06}, colonna F (Target): «molto alto» non è un numero.",
            $"Foglio «Indicatori», riga {c07}, colonna H (Primo anno): «duemila» non è un numero intero.",
            $"Foglio «Indicatori», riga {c07}, colonna I (Ultimo anno): 2150 è fuori dall'intervallo ammesso (2000–2100).");
        page.QuerySelector("#esito-controllo")!.TextContent.Should().Contain("nulla può essere importato");
        page.QuerySelector("form#applica").Should().BeNull("a file with errors cannot be applied");
        (await app.StatoAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_missing_sheet_and_a_missing_column_are_reported()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var modello = new ModelloModificabile(await client.ModelloAsync(2020))
            .EliminaFoglio("Obiettivi strategici")
            .RinominaColonna("Indicatori", "Target", "Obiettivo");

        var page = await client.AnteprimaAsync(modello.Salva());

        Errori(page).Should().BeEquivalentTo(
            "Foglio «Obiettivi strategici»: il foglio manca nel file: usare il modello scaricato dall'applicazione.",
            "Foglio «Indicatori», riga 1: manca la colonna «Target».");
    }

    [Fact]
    public async Task Applying_a_file_with_errors_is_refused_and_writes_nothing()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var before = await app.StatoAsync();
        var modello = new ModelloModificabile(await client.ModelloAsync(2020));
        modello.Imposta("Obiettivi operativi", modello.Riga("Obiettivi operativi", "Codice", "C06"), "Programma", "1.99");
        using var upload = await client.CaricaAsync(modello.Salva());
        var page = await client.GetDocumentAsync(upload.Headers.Location!.OriginalString);
        var id = upload.Headers.Location.OriginalString.Split('/')[^1];

        using var response = await client.PostWithTokenAsync(page, "/piano/importa/applica", [new("id", id), new("impronta", before.Impronta)]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await client.FollowAsync(response);
        after.QuerySelector(".alert-danger")!.TextContent.Should().Contain("nulla è stato importato");
        (await app.StatoAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_new_year_is_applied_exactly_and_recorded_in_the_history()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var before = await app.StatoAsync();
        var modello = new ModelloModificabile(await client.ModelloAsync(2020));
        var c06 = modello.Riga("Obiettivi operativi", "Codice", "C06");
        modello.Imposta("Obiettivi operativi", c06, "Nome", "Coordinamento dei progetti europei 2020")
            .Imposta("Obiettivi operativi", c06, "Definizione 2020", "Definizione 2020 di C06.");
        modello.Aggiungi("Obiettivi operativi", new()
        {
            ["Codice"] = "C9001",
            ["Programma"] = "1.02",
            ["Obiettivo strategico"] = "B01",
            ["Nome"] = "Nuovo obiettivo 2020",
            ["Responsabile gestionale"] = "Nuova Responsabile Prova",
            ["Definizione 2020"] = "Definizione del nuovo obiettivo.",
        });
        modello.Aggiungi("Indicatori", new()
        {
            ["Obiettivo operativo"] = "C9001",
            ["Nome"] = "Nuovo indicatore",
            ["Target"] = 75.5m,
            ["Primo anno"] = 2020m,
            ["Ultimo anno"] = 2022m,
        });
        modello.Elimina("Indicatori", modello.Riga("Indicatori", "Obiettivo operativo", "C06", "N.", 2m));

        var page = await client.AnteprimaAsync(modello.Salva(), "nuovo anno 2020.xlsx");

        Errori(page).Should().BeEmpty();
        Conteggi(page).Should().Be((2, 1, 1, 1));
        page.QuerySelectorAll("#modifiche tr[data-chiave='C06']").Select(r => r.GetAttribute("data-campo"))
            .Should().Equal("Nome", "Definizione");
        page.QuerySelector("#ritiri")!.TextContent.Should().Contain("C06 n. 2");
        page.QuerySelector("#nuovi-responsabili")!.TextContent.Should().Contain("Nuova Responsabile Prova");
        (await app.StatoAsync()).Should().Be(before, "the preview writes nothing");

        using var response = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#applica")!, []);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var esito = await client.FollowAsync(response);
        esito.QuerySelector("h1")!.TextContent.Should().Be("Importazione applicata");
        Conteggi(esito).Should().Be((2, 1, 1, 1));

        var after = await app.StatoAsync();
        after.Should().BeEquivalentTo(before with
        {
            Impronta = after.Impronta,
            Operativi = before.Operativi + 1,
            Indicatori = before.Indicatori + 1,
            Responsabili = before.Responsabili + 1,
            Definizioni = before.Definizioni + 2,
            Audit = after.Audit,
        });
        after.Audit.Should().BeGreaterThan(before.Audit);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var nuovo = await db.ObiettiviOperativi.Include(o => o.Definizioni).Include(o => o.Indicatori).Include(o => o.ResponsabileGestionale)
            .Include(o => o.Programma).Include(o => o.ObiettivoStrategico).SingleAsync(o => o.Codice == "C9001");
        nuovo.Programma.Codice.Should().Be("1.02");
        nuovo.ObiettivoStrategico!.Codice.Should().Be("B01");
        nuovo.ResponsabileGestionale.Nome.Should().Be("Nuova Responsabile Prova");
        nuovo.Definizioni.Should().ContainSingle(d => d.Anno == 2020 && d.Testo == "Definizione del nuovo obiettivo.");
        nuovo.Indicatori.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Nome = "Nuovo indicatore", Ordine = 1, Target = 75.5m, PrimoAnno = 2020, UltimoAnno = 2022 });
        var vecchio = await db.ObiettiviOperativi.Include(o => o.Definizioni).Include(o => o.Indicatori).ThenInclude(i => i.Valori)
            .SingleAsync(o => o.Codice == "C06");
        vecchio.Nome.Should().Be("Coordinamento dei progetti europei 2020");
        vecchio.Definizioni.Select(d => (d.Anno, d.Testo)).Should().Contain((2020, "Definizione 2020 di C06."));
        vecchio.Definizioni.Should().Contain(d => d.Anno == 2019, "other years are kept");
        var ritirato = vecchio.Indicatori.Single(i => i.Ordine == 2);
        ritirato.Ritirato.Should().BeTrue();
        ritirato.Valori.Should().NotBeEmpty("a retired indicator keeps its consuntivi");
        vecchio.Indicatori.Single(i => i.Ordine == 1).Ritirato.Should().BeFalse();

        var audit = await db.Audit.Where(a => a.Nota == "Importazione del piano da Excel (nuovo anno 2020.xlsx)").ToListAsync();
        audit.Should().Contain(a => a.Entita == "Indicatore" && a.EntitaId == ritirato.Id && a.Campo == "Ritirato" && a.ValoreNuovo == "True");
        audit.Should().Contain(a => a.Entita == "Indicatore" && a.EntitaId == nuovo.Indicatori[0].Id && a.Campo == "Nome");

        // The plan as it is now, downloaded and uploaded again, changes nothing.
        var again = await client.AnteprimaAsync(await client.ModelloAsync(2020));
        Conteggi(again).Should().Be((0, 0, 0, 0));

        // Applying the same upload twice does nothing more.
        using var twice = await client.PostWithTokenAsync(again, "/piano/importa/applica",
            [new("id", response.Headers.Location!.OriginalString.Split('/')[^2]), new("impronta", after.Impronta)]);
        twice.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.StatoAsync()).Should().Be(after);
    }

    [Fact]
    public async Task A_plan_changed_after_the_preview_is_not_overwritten()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var modello = new ModelloModificabile(await client.ModelloAsync(2020));
        var c07 = modello.Riga("Indicatori", "Obiettivo operativo", "C07", "N.", 1m);
        modello.Imposta("Indicatori", c07, "Target", 99m);
        var page = await client.AnteprimaAsync(modello.Salva());
        Conteggi(page).Should().Be((0, 1, 0, 0));

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var indicatore = await db.Indicatori.SingleAsync(i => i.Obiettivo.Codice == "C07" && i.Ordine == 1);
            indicatore.SetTarget(101m); // someone else, meanwhile
            await db.SaveChangesAsync();
        }
        var before = await app.StatoAsync();

        using var response = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#applica")!, []);

        var after = await client.FollowAsync(response);
        after.QuerySelector(".alert-danger")!.TextContent.Should().Contain(ApplicaImportazione.PianoCambiato);
        after.QuerySelector("#modifiche")!.TextContent.Should().Contain("101").And.Contain("99", "the new preview compares with the plan as it is now");
        (await app.StatoAsync()).Should().Be(before);
    }

    [Theory]
    [InlineData("piano.xlsx", "Questo non è un file Excel.", LettoreXlsx.NonXlsx)]
    [InlineData("piano.xlsx", "", "Il file è vuoto: scegliere il file Excel compilato.")]
    [InlineData("piano.xls", "PK", "Il file deve avere l'estensione .xlsx (cartella di lavoro di Excel).")]
    public async Task A_file_that_is_not_an_xlsx_gets_an_Italian_error_on_the_form(string nome, string contenuto, string messaggio)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var before = await app.StatoAsync();

        using var response = await client.CaricaAsync(System.Text.Encoding.UTF8.GetBytes(contenuto), nome);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("#File-errore")!.TextContent.Should().Be(messaggio);
        page.QuerySelector("#File")!.GetAttribute("aria-describedby").Should().Contain("File-errore");
        (await app.StatoAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_zip_that_is_no_workbook_gets_an_Italian_error_on_the_form()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(archive.CreateEntry("nota.txt").Open()))
            await writer.WriteAsync("un archivio qualunque");

        using var response = await client.CaricaAsync(zip.ToArray());

        (await response.ToDocumentAsync()).QuerySelector("#File-errore")!.TextContent.Should().Be(LettoreXlsx.NonXlsx);
    }

    [Fact]
    public async Task A_file_over_10_MB_gets_an_Italian_error_on_the_form()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var grande = new byte[(10 * 1024 * 1024) + 1];
        grande[0] = 0x50;
        grande[1] = 0x4B;
        grande[2] = 0x03;
        grande[3] = 0x04;

        using var response = await client.CaricaAsync(grande);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ToDocumentAsync()).QuerySelector("#File-errore")!.TextContent.Should().Be("Il file è troppo grande: il massimo è 10 MB.");
    }

    [Fact]
    public async Task Another_Segreteria_user_cannot_see_or_apply_someone_elses_upload()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.AnteprimaAsync(await client.ModelloAsync(2020));
        var id = page.Url.Split('/')[^1];

        using var scope = app.Services.CreateScope();
        var archivio = scope.ServiceProvider.GetRequiredService<ArchivioImportazioni>();
        (await archivio.TrovaAsync(Guid.Parse(id), "segreteria", CancellationToken.None)).Should().NotBeNull();
        (await archivio.TrovaAsync(Guid.Parse(id), "altro.utente", CancellationToken.None)).Should().BeNull();
        using var unknown = await client.GetAsync(new Uri($"/piano/importa/{Guid.NewGuid()}", UriKind.Relative));
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
