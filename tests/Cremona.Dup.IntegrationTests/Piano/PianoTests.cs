using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.IntegrationTests.Piano;

/// <summary>Segreteria edits the plan through the real forms of /piano: every level, reassign, retire, create, delete.</summary>
public sealed class PianoTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private Task<Programma> ProgrammaAsync(string codice) =>
        app.InDbAsync(db => db.Programmi.AsNoTracking().SingleAsync(p => p.Codice == codice));

    private Task<ObiettivoOperativo> ObiettivoAsync(string codice) =>
        app.InDbAsync(db => db.ObiettiviOperativi.AsNoTracking().Include(o => o.Definizioni).Include(o => o.Programma)
            .Include(o => o.ObiettivoStrategico).Include(o => o.ResponsabileGestionale).SingleAsync(o => o.Codice == codice));

    private Task<Indicatore> IndicatoreAsync(string obiettivo, int ordine) =>
        app.InDbAsync(db => db.Indicatori.AsNoTracking().Include(i => i.Valori)
            .SingleAsync(i => i.Obiettivo.Codice == obiettivo && i.Ordine == ordine));

    private Task<List<AuditEntry>> AuditAsync(string entita, int id) =>
        app.InDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Entita == entita && a.EntitaId == id).ToListAsync());

    [Fact]
    public async Task The_plan_page_shows_the_tree_with_edit_links_and_the_layout_links_it_for_Segreteria()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/piano");
        page.QuerySelector("h1")!.TextContent.Should().Be("Piano 2019");
        page.QuerySelector("#missione-1")!.TextContent.Should().StartWith("Missione 1 – ");
        page.QuerySelectorAll("a[href='/piano/programmi/1.02']").Should().NotBeEmpty();
        page.QuerySelectorAll("a[href='/piano/obiettivi/C06']").Should().NotBeEmpty();
        page.QuerySelectorAll("a[href='/piano/strategici/B01']").Should().NotBeEmpty();
        page.QuerySelectorAll("nav a[href='/piano']").Should().ContainSingle();
        var importa = page.QuerySelector<AngleSharp.Html.Dom.IHtmlAnchorElement>("#link-importa")!;
        (await client.GetDocumentAsync(importa.PathName)).QuerySelector("input[type=file]").Should().NotBeNull();
        var modello = page.QuerySelector<AngleSharp.Html.Dom.IHtmlAnchorElement>("#link-modello")!;
        using (var xlsx = await client.GetAsync(modello.PathName))
            xlsx.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        using var controllo = await app.LoginAsync(TestUsers.Controllo);
        (await controllo.GetDocumentAsync("/")).QuerySelectorAll("a[href='/piano']").Should().BeEmpty();
    }

    [Fact]
    public async Task Existing_plan_pages_link_the_edit_pages_for_Segreteria_only()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        (await client.GetDocumentAsync("/programmi/1.02")).QuerySelectorAll("a[href='/piano/programmi/1.02']").Should().ContainSingle();
        (await client.GetDocumentAsync("/obiettivi/C06")).QuerySelectorAll("a[href='/piano/obiettivi/C06']").Should().ContainSingle();

        using var controllo = await app.LoginAsync(TestUsers.Controllo);
        (await controllo.GetDocumentAsync("/programmi/1.02")).QuerySelectorAll("a[href^='/piano/']").Should().BeEmpty();
        (await controllo.GetDocumentAsync("/obiettivi/C06")).QuerySelectorAll("a[href^='/piano/']").Should().BeEmpty();
    }

    [Fact]
    public async Task Segreteria_renames_a_missione()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.SubmitAsync(await client.FormAsync("/piano/missioni/3", "modifica-missione"),
            new() { ["Nome"] = "  Ordine pubblico e sicurezza urbana  " });

        var after = await client.FollowAsync(response);
        after.QuerySelector(".alert-success")!.TextContent.Should().Contain("Missione 3 salvata");
        (await app.InDbAsync(db => db.Missioni.AsNoTracking().SingleAsync(m => m.Numero == 3))).Nome
            .Should().Be("Ordine pubblico e sicurezza urbana");
        (await client.GetDocumentAsync("/programmi")).QuerySelector("#missione-3")!.TextContent
            .Should().Be("Missione 3 – Ordine pubblico e sicurezza urbana");
    }

    [Fact]
    public async Task Segreteria_edits_a_programma_with_its_texts_and_every_change_is_audited()
    {
        var before = await ProgrammaAsync("1.04");
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var form = await client.FormAsync("/piano/programmi/1.04", "modifica-programma");
        form.QuerySelector<IHtmlInputElement>("#Nome")!.Value.Should().Be(before.Nome);

        using var response = await client.SubmitAsync(form, new()
        {
            ["Nome"] = "Gestione delle entrate tributarie",
            ["Responsabili"] = "Rossi Mario (ad interim)",
            ["Descrizione"] = "Prima riga.\r\n\r\n- punto **uno**\r\n- città",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await ProgrammaAsync("1.04");
        after.Nome.Should().Be("Gestione delle entrate tributarie");
        after.Responsabili.Should().Be("Rossi Mario (ad interim)");
        after.Descrizione.Should().Be("Prima riga.\n\n- punto **uno**\n- città");
        after.MotivazioneScelte.Should().Be(before.MotivazioneScelte, "untouched texts stay");
        after.Version.Should().NotBe(before.Version);

        var audit = await AuditAsync(nameof(Programma), before.Id);
        audit.Should().Contain(a => a.Campo == "Nome" && a.ValorePrecedente == before.Nome
            && a.ValoreNuovo == "Gestione delle entrate tributarie" && a.Utente == TestUsers.Segreteria);
        audit.Should().Contain(a => a.Campo == "Descrizione" && a.ValoreNuovo == after.Descrizione);
        (await client.GetDocumentAsync("/programmi/1.04")).QuerySelector("h1")!.TextContent.Should().Contain("Gestione delle entrate tributarie");
    }

    [Fact]
    public async Task Segreteria_edits_an_obiettivo_reassigns_it_moves_it_and_writes_the_definizione_of_the_plan_year()
    {
        var before = await ObiettivoAsync("C31");
        var pesaro = await app.InDbAsync(db => db.Responsabili.AsNoTracking().SingleAsync(r => r.Nome == "Pesaro Mara"));
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var form = await client.FormAsync("/piano/obiettivi/C31", "modifica-obiettivo");
        form.QuerySelector<IHtmlTextAreaElement>("#Definizione")!.Value.Should().Be(before.Definizioni.Single(d => d.Anno == 2019).Testo);

        using var response = await client.SubmitAsync(form, new()
        {
            ["Nome"] = "Nuovo nome dell'obiettivo",
            ["Programma"] = "1.08",
            ["Strategico"] = "B01",
            ["ResponsabileGestionale"] = pesaro.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ResponsabilePolitico"] = "Galimberti Gianluca",
            ["Gap"] = "Nuovo gap",
            ["Definizione"] = "Definizione 2019 riscritta",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await ObiettivoAsync("C31");
        after.Nome.Should().Be("Nuovo nome dell'obiettivo");
        after.Programma.Codice.Should().Be("1.08");
        after.ObiettivoStrategico!.Codice.Should().Be("B01");
        after.ResponsabileGestionale.Nome.Should().Be("Pesaro Mara");
        after.ResponsabilePolitico.Should().Be("Galimberti Gianluca");
        after.Gap.Should().Be("Nuovo gap");
        after.DescrizioneSintetica.Should().Be(before.DescrizioneSintetica);
        after.Definizioni.Should().ContainSingle(d => d.Anno == 2019).Which.Testo.Should().Be("Definizione 2019 riscritta");

        var audit = await app.InDbAsync(db => db.Audit.AsNoTracking().Where(a => a.ObiettivoOperativoId == before.Id).ToListAsync());
        audit.Should().Contain(a => a.Entita == nameof(ObiettivoOperativo) && a.Campo == "ResponsabileGestionaleId"
            && a.ValorePrecedente == before.ResponsabileGestionaleId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && a.ValoreNuovo == pesaro.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit.Should().Contain(a => a.Entita == nameof(ObiettivoOperativo) && a.Campo == "ProgrammaId");
        audit.Should().Contain(a => a.Entita == nameof(ObiettivoOperativo) && a.Campo == "Nome" && a.ValoreNuovo == "Nuovo nome dell'obiettivo");
        audit.Should().Contain(a => a.Entita == nameof(DefinizioneObiettivo) && a.Campo == "Testo" && a.ValoreNuovo == "Definizione 2019 riscritta");

        // The new responsabile now sees it among their obiettivi; the history page names the changes.
        using var mara = await app.LoginAsync(TestUsers.AltroResponsabile);
        (await mara.GetDocumentAsync("/")).Body!.TextContent.Should().Contain("Nuovo nome dell'obiettivo");
        var storia = await client.GetDocumentAsync("/obiettivi/C31/storia");
        storia.Body!.TextContent.Should().Contain("Responsabile gestionale").And.Contain("Pesaro Mara");
    }

    [Fact]
    public async Task Segreteria_edits_an_indicator_with_an_Italian_target()
    {
        var before = await IndicatoreAsync("C22", 1);
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.SubmitAsync(await client.FormAsync($"/piano/indicatori/{before.Id}", "modifica-indicatore"), new()
        {
            ["Nome"] = "Indicatore rinominato",
            ["Finalita"] = "Nuova finalità",
            ["Formula"] = "a / b",
            ["Note"] = "Nota",
            ["Target"] = "1.234,5",
            ["PrimoAnno"] = before.PrimoAnno.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["UltimoAnno"] = "2022",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/piano/obiettivi/C22");
        var after = await IndicatoreAsync("C22", 1);
        (after.Nome, after.Finalita, after.Formula, after.Note, after.Target, after.UltimoAnno)
            .Should().Be(("Indicatore rinominato", "Nuova finalità", "a / b", "Nota", 1234.5m, 2022));
        (await AuditAsync(nameof(Indicatore), before.Id)).Should().Contain(a => a.Campo == "Target" && a.ValoreNuovo == "1234.5");
    }

    [Fact]
    public async Task Segreteria_renames_an_obiettivo_strategico()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.SubmitAsync(await client.FormAsync("/piano/strategici/B02", "modifica-strategico"),
            new() { ["Nome"] = "Trasparenza e partecipazione" });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.InDbAsync(db => db.ObiettiviStrategici.AsNoTracking().SingleAsync(s => s.Codice == "B02"))).Nome
            .Should().Be("Trasparenza e partecipazione");
    }

    [Fact]
    public async Task Segreteria_creates_a_programma_an_obiettivo_and_an_indicator_and_deletes_them_while_they_have_no_history()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var responsabile = await app.InDbAsync(db => db.Responsabili.AsNoTracking().SingleAsync(r => r.Nome == "Viani Paolo"));

        using (var r = await client.SubmitAsync(await client.FormAsync("/piano/missioni/1/programmi/nuovo", "modifica-programma"),
            new() { ["Codice"] = "1.15", ["Nome"] = "Programma nuovo", ["Descrizione"] = "Testo" }))
            r.Headers.Location!.OriginalString.Should().Be("/piano/programmi/1.15");
        using (var r = await client.SubmitAsync(await client.FormAsync("/piano/strategici/nuovo", "modifica-strategico"),
            new() { ["Codice"] = "b900", ["Nome"] = "Strategico nuovo" }))
            r.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using (var r = await client.SubmitAsync(await client.FormAsync("/piano/programmi/1.15/obiettivi/nuovo", "modifica-obiettivo"), new()
        {
            ["Codice"] = "C900",
            ["Nome"] = "Obiettivo nuovo",
            ["Strategico"] = "B900",
            ["ResponsabileGestionale"] = responsabile.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Definizione"] = "Definizione del nuovo obiettivo",
        }))
            r.Headers.Location!.OriginalString.Should().Be("/piano/obiettivi/C900");
        using (var r = await client.SubmitAsync(await client.FormAsync("/piano/obiettivi/C900/indicatori/nuovo", "modifica-indicatore"),
            new() { ["Nome"] = "Indicatore nuovo", ["Target"] = "80", ["PrimoAnno"] = "2019", ["UltimoAnno"] = "2021" }))
            r.Headers.Location!.OriginalString.Should().Be("/piano/obiettivi/C900");

        var obiettivo = await ObiettivoAsync("C900");
        obiettivo.Programma.Codice.Should().Be("1.15");
        obiettivo.ObiettivoStrategico!.Codice.Should().Be("B900");
        obiettivo.ResponsabileGestionale.Nome.Should().Be("Viani Paolo");
        obiettivo.Definizioni.Should().ContainSingle(d => d.Anno == 2019 && d.Testo == "Definizione del nuovo obiettivo");
        var indicatore = await IndicatoreAsync("C900", 1);
        (indicatore.Nome, indicatore.Target, indicatore.PrimoAnno, indicatore.UltimoAnno).Should().Be(("Indicatore nuovo", 80m, 2019, 2021));
        (await client.GetDocumentAsync("/programmi/1.15")).Body!.TextContent.Should().Contain("C900");

        // No history: each can be deleted (indicator, obiettivo, programma, strategico), after a confirmation page.
        var pagina = await client.GetDocumentAsync($"/piano/indicatori/{indicatore.Id}");
        pagina.QuerySelectorAll($"a[href='/piano/indicatori/{indicatore.Id}/elimina']").Should().ContainSingle();
        using (var r = await client.ConfermaAsync($"/piano/indicatori/{indicatore.Id}/elimina"))
            r.Headers.Location!.OriginalString.Should().Be("/piano/obiettivi/C900");
        (await client.ConfermaAsync("/piano/obiettivi/C900/elimina")).Dispose();
        (await client.ConfermaAsync("/piano/programmi/1.15/elimina")).Dispose();
        (await client.ConfermaAsync("/piano/strategici/B900/elimina")).Dispose();
        (await app.InDbAsync(db => db.Programmi.AnyAsync(p => p.Codice == "1.15"))).Should().BeFalse();
        (await app.InDbAsync(db => db.ObiettiviOperativi.AnyAsync(o => o.Codice == "C900"))).Should().BeFalse();
        (await app.InDbAsync(db => db.Indicatori.AnyAsync(i => i.Id == indicatore.Id))).Should().BeFalse();
        (await app.InDbAsync(db => db.ObiettiviStrategici.AnyAsync(s => s.Codice == "B900"))).Should().BeFalse();
        var eliminazioni = await app.InDbAsync(db => db.Audit.AsNoTracking().Where(a => a.ValoreNuovo == null && a.Campo == "Nome"
            && (a.ValorePrecedente == "Indicatore nuovo" || a.ValorePrecedente == "Obiettivo nuovo" || a.ValorePrecedente == "Programma nuovo"
                || a.ValorePrecedente == "Strategico nuovo")).ToListAsync());
        eliminazioni.Select(a => a.Entita).Should().BeEquivalentTo(
            [nameof(Indicatore), nameof(ObiettivoOperativo), nameof(Programma), nameof(ObiettivoStrategico)], "each deletion is recorded");
        eliminazioni.Should().OnlyContain(a => a.Utente == TestUsers.Segreteria);
    }

    [Fact]
    public async Task Deleting_what_has_history_is_refused_and_offers_retiring_instead()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/piano/obiettivi/C06");
        page.QuerySelectorAll("a[href='/piano/obiettivi/C06/elimina']").Should().BeEmpty();
        page.QuerySelectorAll("a[href='/piano/obiettivi/C06/ritira']").Should().ContainSingle();

        // Forced by hand: refused with the reason, nothing deleted.
        using var response = await client.PostWithTokenAsync(page, "/piano/obiettivi/C06/elimina");
        var after = await client.FollowAsync(response);
        after.QuerySelector(".alert-danger")!.TextContent.Should().Contain("non si può eliminare").And.Contain("rilevazione")
            .And.Contain("ritirarlo");
        (await app.InDbAsync(db => db.ObiettiviOperativi.AnyAsync(o => o.Codice == "C06"))).Should().BeTrue();

        var indicatore = await IndicatoreAsync("C06", 1);
        indicatore.Valori.Should().NotBeEmpty();
        using var refused = await client.PostWithTokenAsync(page, $"/piano/indicatori/{indicatore.Id}/elimina");
        (await client.FollowAsync(refused)).QuerySelector(".alert-danger")!.TextContent.Should().Contain("ha valori");
        (await app.InDbAsync(db => db.Indicatori.AnyAsync(i => i.Id == indicatore.Id))).Should().BeTrue();
        using var programma = await client.PostWithTokenAsync(page, "/piano/programmi/1.02/elimina");
        (await client.FollowAsync(programma)).QuerySelector(".alert-danger")!.TextContent.Should().Contain("contiene obiettivi operativi");
    }

    [Fact]
    public async Task A_retired_obiettivo_leaves_the_plan_lists_but_keeps_its_history_and_can_be_restored()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var conferma = await client.GetDocumentAsync("/piano/obiettivi/C07/ritira");
        conferma.QuerySelector("h1")!.TextContent.Should().Be("Ritirare l'obiettivo operativo C07?");
        using (var r = await client.ConfermaAsync("/piano/obiettivi/C07/ritira"))
            (await client.FollowAsync(r)).QuerySelector(".alert-success")!.TextContent.Should().Contain("ritirato");

        (await ObiettivoAsync("C07")).Ritirato.Should().BeTrue();
        (await client.GetDocumentAsync("/programmi/1.02")).Body!.TextContent.Should().NotContain("C07");
        var piano = await client.GetDocumentAsync("/piano");
        piano.QuerySelectorAll("a[href='/piano/obiettivi/C07']").Should().BeEmpty();
        var nascoste = await app.InDbAsync(async db => await db.Programmi.CountAsync(p => p.Ritirato)
            + await db.ObiettiviOperativi.CountAsync(o => o.Ritirato) + await db.ObiettiviStrategici.CountAsync(s => s.Ritirato));
        piano.Body!.TextContent.Should().Contain($"{nascoste} voci ritirate non sono mostrate");
        var conRitirati = await client.GetDocumentAsync("/piano?ritirati=true");
        var voce = conRitirati.QuerySelector("a[href='/piano/obiettivi/C07']")!.ParentElement!;
        voce.QuerySelector(".badge")!.TextContent.Should().Be("Ritirato");
        (await client.GetDocumentAsync("/obiettivi/C07")).QuerySelector("h1 .badge")!.TextContent.Should().Be("Ritirato",
            "its own page stays, and says it");
        (await app.InDbAsync(db => db.RilevazioniObiettivi.CountAsync(r => r.Obiettivo.Codice == "C07"))).Should().BeGreaterThan(0,
            "the rounds that hold it keep it");
        (await client.GetDocumentAsync("/cerca?q=C07")).QuerySelectorAll("a[href='/obiettivi/C07']").Should().BeEmpty();

        (await client.ConfermaAsync("/piano/obiettivi/C07/ripristina")).Dispose();
        (await ObiettivoAsync("C07")).Ritirato.Should().BeFalse();
        (await client.GetDocumentAsync("/programmi/1.02")).Body!.TextContent.Should().Contain("C07");
        (await client.GetDocumentAsync("/obiettivi/C07")).QuerySelector("h1 .badge").Should().BeNull();
        (await AuditAsync(nameof(ObiettivoOperativo), (await ObiettivoAsync("C07")).Id))
            .Where(a => a.Campo == "Ritirato").Select(a => a.ValoreNuovo).Should().Equal("True", "False");
    }

    [Fact]
    public async Task An_empty_name_is_refused_with_an_Italian_error_and_nothing_is_saved()
    {
        var before = await ProgrammaAsync("1.05");
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.SubmitAsync(await client.FormAsync("/piano/programmi/1.05", "modifica-programma"),
            new() { ["Nome"] = "   ", ["Descrizione"] = "Testo che non va perso" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("#Nome-errore")!.TextContent.Should().Be("Il nome del programma è obbligatorio.");
        page.QuerySelector<IHtmlTextAreaElement>("#Descrizione")!.Value.Should().Be("Testo che non va perso", "the input comes back");
        (await ProgrammaAsync("1.05")).Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("1.02", "Esiste già un programma con codice 1.02")]
    [InlineData("3.50", "Il programma 3.50 non appartiene alla missione 1")]
    [InlineData("1.5", "Codice di programma non valido")]
    [InlineData("", "Indicare il codice del nuovo programma.")]
    public async Task A_new_programma_with_a_wrong_code_is_refused(string codice, string errore)
    {
        var count = await app.InDbAsync(db => db.Programmi.CountAsync());
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.SubmitAsync(await client.FormAsync("/piano/missioni/1/programmi/nuovo", "modifica-programma"),
            new() { ["Codice"] = codice, ["Nome"] = "Programma sbagliato" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ToDocumentAsync()).QuerySelector("#Codice-errore")!.TextContent.Should().StartWith(errore);
        (await app.InDbAsync(db => db.Programmi.CountAsync())).Should().Be(count);
    }

    [Fact]
    public async Task A_new_obiettivo_with_a_duplicate_code_is_refused()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var form = await client.FormAsync("/piano/programmi/1.02/obiettivi/nuovo", "modifica-obiettivo");
        using var response = await client.SubmitAsync(form, new() { ["Codice"] = "c06", ["Nome"] = "Doppione" });
        var page = await response.ToDocumentAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, page.Body?.TextContent);
        page.QuerySelector("#Codice-errore")!.TextContent.Should().StartWith("Esiste già un obiettivo operativo con codice C06");
        page.QuerySelector("#ResponsabileGestionale-errore")!.TextContent.Should().Be("Scegliere il responsabile gestionale.");
        (await app.InDbAsync(db => db.ObiettiviOperativi.CountAsync(o => o.Nome == "Doppione"))).Should().Be(0);
    }

    [Theory]
    [InlineData("abc", "2019", "2021", "Target", "non è un numero")]
    [InlineData("10", "2021", "2019", "UltimoAnno", "L'ultimo anno del periodo non può precedere il primo.")]
    [InlineData("10", "duemila", "2021", "PrimoAnno", "Il primo anno deve essere un anno tra 2000 e 2100")]
    [InlineData("10", "2019", "2019", "PrimoAnno", "escluderebbe")]
    public async Task Bad_indicator_values_are_refused_in_Italian_and_nothing_is_saved(string target, string primo, string ultimo,
        string campo, string errore)
    {
        // C06's first indicator has consuntivi before 2019: a period starting in 2019 would hide them.
        var before = await IndicatoreAsync("C06", 1);
        before.Valori.Should().Contain(v => v.Anno < 2019 && v.Consuntivo != null);
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.SubmitAsync(await client.FormAsync($"/piano/indicatori/{before.Id}", "modifica-indicatore"),
            new() { ["Nome"] = "Nome cambiato", ["Target"] = target, ["PrimoAnno"] = primo, ["UltimoAnno"] = ultimo });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector($"#{campo}-errore")!.TextContent.Should().Contain(errore);
        page.QuerySelector<IHtmlInputElement>("#Nome")!.Value.Should().Be("Nome cambiato");
        var after = await IndicatoreAsync("C06", 1);
        (after.Nome, after.Target, after.PrimoAnno, after.UltimoAnno, after.Version)
            .Should().Be((before.Nome, before.Target, before.PrimoAnno, before.UltimoAnno, before.Version));
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_the_input_back_and_the_saved_values_shown()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var first = await client.FormAsync("/piano/programmi/1.07", "modifica-programma");
        var second = await client.FormAsync("/piano/programmi/1.07", "modifica-programma");
        using (var r = await client.SubmitAsync(first, new() { ["Nome"] = "Salvato dalla prima persona" }))
            r.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var stale = await client.SubmitAsync(second, new() { ["Nome"] = "Scritto dalla seconda persona" });

        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await stale.ToDocumentAsync();
        page.QuerySelector("#errori")!.TextContent.Should().Contain("Qualcun altro ha salvato questa voce");
        page.QuerySelector("#conflitto")!.TextContent.Should().Contain("Salvato dalla prima persona");
        page.QuerySelector<IHtmlInputElement>("#Nome")!.Value.Should().Be("Scritto dalla seconda persona");
        (await ProgrammaAsync("1.07")).Nome.Should().Be("Salvato dalla prima persona");

        // Saving the returned form again replaces the other version knowingly.
        using var again = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#modifica-programma")!, []);
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ProgrammaAsync("1.07")).Nome.Should().Be("Scritto dalla seconda persona");
    }
}
