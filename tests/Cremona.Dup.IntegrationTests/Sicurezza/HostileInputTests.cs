using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.IntegrationTests.Piano;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.IntegrationTests.Sicurezza;

/// <summary>
/// Hostile texts saved through the real data-entry form are shown as text in pages, written as text cells in the
/// Allegato 6 workbook and printed literally in its PDF; tampered hidden ids and oversized texts and bodies change nothing.
/// </summary>
[Collection(nameof(PdfRenders))]
public sealed class HostileInputTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private const string Form = "/rilevazioni/2019-12-31/obiettivi/C06";
    private const string Script = "<script>alert(1)</script>";
    private const string Bold = "<b>x</b> grassetto";
    private const string Formula = "=HYPERLINK(\"http://x\")";
    private const string Plus = "+1+2 più";
    private const string At = "@SUM(A1) chiocciola";
    private const string Minus = "-2+3 meno";

    [Fact]
    public async Task Hostile_texts_are_text_in_pages_workbook_cells_and_PDF()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var page = await client.GetDocumentAsync(Form);
        var form = page.QuerySelector<IHtmlFormElement>("#rilevazione")!;
        form.QuerySelector<IHtmlInputElement>("input[name='Valori[0].Nota']").Should().NotBeNull("C06 has indicators");
        using var saved = await client.SubmitAsync(form, new()
        {
            ["StatoAttuazione"] = $"{Script}\n\n{Bold}",
            ["AzioniCorrettive"] = Formula,
            ["Valori[0].Nota"] = Plus,
        }, form.QuerySelector<IHtmlElement>("button[value='salva']"));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, "the draft is saved");
        var ro = await app.ObiettivoAsync(RilevazioniTestData.Annuale2019, "C06");
        ro.StatoAttuazione.Should().Be($"{Script}\n\n{Bold}");
        ro.AzioniCorrettive.Should().Be(Formula);

        foreach (var url in new[] { Form, "/obiettivi/C06" })
        {
            var shown = await client.GetDocumentAsync(url);
            shown.QuerySelectorAll("script").Should().NotContain(s => s.TextContent.Contains("alert(1)"), url);
            shown.QuerySelectorAll("main b, main strong").Should().NotContain(b => b.TextContent == "x", url);
            shown.Body!.TextContent.Should().Contain(Script, $"{url} shows the text as typed");
        }

        var programma = await app.InDbAsync(db => db.ObiettiviOperativi.Where(o => o.Codice == "C06")
            .Select(o => o.Programma.Codice).SingleAsync());
        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);
        var xlsx = XlsxReader.Leggi(await segreteria.GetByteArrayAsync(new Uri($"/report/allegato6.xlsx?data=2019-12-31&programma={programma}", UriKind.Relative)));
        var cells = xlsx.Righe.Values.SelectMany(r => r).SelectMany(r => r).ToList();
        cells.Should().Contain(c => c.Testo == Formula && !c.Formula, "a text starting with = is a text cell");
        cells.Should().Contain(c => c.Testo == Plus && !c.Formula);
        cells.Should().Contain(c => c.Testo != null && c.Testo.Contains(Script) && !c.Formula);
        cells.Should().NotContain(c => c.Formula, "no export writes a formula");

        var pdf = await segreteria.GetByteArrayAsync(new Uri($"/report/allegato6.pdf?data=2019-12-31&programma={programma}", UriKind.Relative));
        var text = string.Join('\n', await Poppler.PagesAsync(pdf));
        text.Should().Contain(Script).And.Contain("<b>x</b>").And.Contain("=HYPERLINK(\"http://x\")").And.Contain("+1+2");
    }

    [Fact]
    public async Task Hostile_indicator_notes_are_text_cells_in_the_indicators_export()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var form = (await client.GetDocumentAsync(Form)).QuerySelector<IHtmlFormElement>("#rilevazione")!;
        using var saved = await client.SubmitAsync(form, new() { ["Valori[0].Nota"] = At, ["AzioniCorrettive"] = Minus },
            form.QuerySelector<IHtmlElement>("button[value='salva']"));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);
        var xlsx = XlsxReader.Leggi(await segreteria.GetByteArrayAsync(new Uri("/report/allegato6.xlsx?data=2019-12-31&missione=1", UriKind.Relative)));
        var cells = xlsx.Righe.Values.SelectMany(r => r).SelectMany(r => r).ToList();
        cells.Should().Contain(c => c.Testo == At && !c.Formula);
        cells.Should().Contain(c => c.Testo == Minus && !c.Formula);
        var indicatori = XlsxReader.Leggi(await segreteria.GetByteArrayAsync(new Uri("/indicatori.xlsx", UriKind.Relative)));
        indicatori.Righe.Values.SelectMany(r => r).SelectMany(r => r).Should().NotContain(c => c.Formula);
    }

    [Fact]
    public async Task Hostile_texts_in_the_plan_editor_and_account_names_are_text_in_pages_workbooks_and_PDF()
    {
        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);
        using (var programma = await segreteria.SubmitAsync(await segreteria.FormAsync("/piano/programmi/1.02", "modifica-programma"), new()
        {
            ["Responsabili"] = Formula,
            ["Descrizione"] = $"{Script}\r\n\r\n{Bold}",
        }))
        {
            programma.StatusCode.Should().Be(HttpStatusCode.Redirect, "the programma is saved");
        }
        var indicatore = await app.InDbAsync(db => db.Indicatori.AsNoTracking()
            .SingleAsync(i => i.Obiettivo.Codice == "C06" && i.Ordine == 1));
        using (var edited = await segreteria.SubmitAsync(await segreteria.FormAsync($"/piano/indicatori/{indicatore.Id}", "modifica-indicatore"), new()
        {
            ["Nome"] = At,
            ["Formula"] = Minus,
            ["Note"] = Plus,
        }))
        {
            edited.StatusCode.Should().Be(HttpStatusCode.Redirect, "the indicator is saved");
        }
        (await app.InDbAsync(db => db.Indicatori.AsNoTracking().Where(i => i.Id == indicatore.Id).Select(i => i.Nome + "|" + i.Formula).SingleAsync()))
            .Should().Be($"{At}|{Minus}");

        foreach (var url in new[] { "/programmi/1.02", "/obiettivi/C06", $"/indicatori/{indicatore.Id}", "/piano/programmi/1.02" })
        {
            var shown = await segreteria.GetDocumentAsync(url);
            shown.QuerySelectorAll("script").Should().NotContain(e => e.TextContent.Contains("alert(1)"), url);
            shown.QuerySelectorAll("main b, main strong").Should().NotContain(b => b.TextContent == "x", url);
        }
        (await segreteria.GetDocumentAsync("/programmi/1.02")).Body!.TextContent.Should().Contain(Script).And.Contain(Formula);
        (await segreteria.GetDocumentAsync("/obiettivi/C06")).Body!.TextContent.Should().Contain(At);

        var report = XlsxReader.Leggi(await segreteria.GetByteArrayAsync(new Uri("/report/allegato6.xlsx?data=2019-12-31&programma=1.02", UriKind.Relative)));
        var cells = report.Righe.Values.SelectMany(r => r).SelectMany(r => r).ToList();
        cells.Should().Contain(c => c.Testo == At && !c.Formula, "an indicator name starting with @ is a text cell");
        cells.Should().Contain(c => c.Testo == Minus && !c.Formula);
        cells.Should().NotContain(c => c.Formula);
        var modello = XlsxReader.Leggi(await segreteria.GetByteArrayAsync(new Uri("/piano/modello.xlsx", UriKind.Relative)));
        var template = modello.Righe.Values.SelectMany(r => r).SelectMany(r => r).ToList();
        template.Should().Contain(c => c.Testo == At && !c.Formula, "the plan template carries the name as text");
        template.Should().Contain(c => c.Testo == Formula && !c.Formula);
        template.Should().NotContain(c => c.Formula);

        var pdf = await segreteria.GetByteArrayAsync(new Uri("/report/allegato6.pdf?data=2019-12-31&programma=1.02", UriKind.Relative));
        var text = string.Join('\n', await Poppler.PagesAsync(pdf));
        text.Should().Contain(Script).And.Contain("<b>x</b>").And.Contain(At).And.Contain("-2+3");

        using var admin = await app.LoginAsync(TestUsers.Admin);
        var account = (await admin.GetDocumentAsync("/amministrazione/utenti/nuovo")).QuerySelector<IHtmlFormElement>("form#account")!;
        using (var created = await admin.SubmitAsync(account, new()
        {
            ["UserName"] = "ostile.utente",
            ["NomeCompleto"] = $"{Script} {Formula}",
            ["Email"] = "ostile@comune.cremona.example",
        }))
        {
            created.StatusCode.Should().Be(HttpStatusCode.OK, "the account is created and its temporary password shown");
            var shown = await created.ToDocumentAsync();
            shown.QuerySelector("#password-temporanea").Should().NotBeNull("the account was created");
            shown.QuerySelectorAll("script").Should().NotContain(e => e.TextContent.Contains("alert(1)"));
        }
        var list = await admin.GetDocumentAsync("/amministrazione/utenti?q=ostile");
        list.QuerySelectorAll("script").Should().NotContain(e => e.TextContent.Contains("alert(1)"));
        list.Body!.TextContent.Should().Contain($"{Script} {Formula}");
    }

    [Fact]
    public async Task A_tampered_hidden_indicator_id_of_another_responsabile_changes_nothing_there()
    {
        var altrui = await app.InDbAsync(db => db.Indicatori
            .Where(i => i.Obiettivo.ResponsabileGestionale.Nome == "Pesaro Mara").Select(i => i.Id).FirstAsync());
        var before = await app.InDbAsync(db => db.ValoriRilevazioni.Where(v => v.IndicatoreId == altrui)
            .Select(v => v.Id + "/" + v.Consuntivo + "/" + v.Nota).ToListAsync());

        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var form = (await client.GetDocumentAsync(Form)).QuerySelector<IHtmlFormElement>("#rilevazione")!;
        var hidden = form.QuerySelector<IHtmlInputElement>("input[name='Valori[0].IndicatoreId']")!;
        hidden.Value = altrui.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var response = await client.SubmitAsync(form, new() { ["Valori[0].Consuntivo"] = "999", ["Valori[0].Nota"] = "manomesso" },
            form.QuerySelector<IHtmlElement>("button[value='salva']"));

        ((int)response.StatusCode).Should().BeOneOf([200, 302, 400, 403, 404]);
        (await app.InDbAsync(db => db.ValoriRilevazioni.Where(v => v.IndicatoreId == altrui)
            .Select(v => v.Id + "/" + v.Consuntivo + "/" + v.Nota).ToListAsync())).Should().Equal(before);
        (await app.InDbAsync(db => db.ValoriRilevazioni.CountAsync(v => v.Nota == "manomesso"))).Should().Be(0);
    }

    [Fact]
    public async Task A_text_over_the_maximum_gets_an_Italian_error_and_nothing_is_saved()
    {
        var before = await app.FingerprintAsync();
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var form = (await client.GetDocumentAsync(Form)).QuerySelector<IHtmlFormElement>("#rilevazione")!;
        using var response = await client.SubmitAsync(form, new() { ["StatoAttuazione"] = new string('a', 20_001) },
            form.QuerySelector<IHtmlElement>("button[value='salva']"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("al massimo 20.000 caratteri");
        (await app.FingerprintAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_body_over_the_form_limits_gets_an_Italian_error_page_and_nothing_is_saved()
    {
        var before = await app.FingerprintAsync();
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var page = await client.GetDocumentAsync(Form);
        var token = page.QuerySelector<IHtmlInputElement>("#rilevazione input[name='__RequestVerificationToken']")!.Value;
        // 5 MB in one field: over the form reader's 4 MB value limit.
        using var response = await client.PostFieldsAsync(Form, [new("StatoAttuazione", new string('a', 5 * 1024 * 1024)), new("Azione", "salva")], token);
        ((int)response.StatusCode).Should().BeOneOf([400, 413]);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().ContainAny("Richiesta non valida", "Richiesta troppo grande");
        (await app.FingerprintAsync()).Should().Be(before);
    }
}
