using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The data-entry form GET|POST /rilevazioni/{data}/obiettivi/{codice}, through real forms.</summary>
public sealed class CompilazioneTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private const string FormC06 = "/rilevazioni/2019-12-31/obiettivi/C06";

    private static async Task<(IHtmlFormElement Form, IDocument Page)> FormAsync(HttpClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        return (page.QuerySelector<IHtmlFormElement>("form#rilevazione")!, page);
    }

    private static IHtmlElement Button(IDocument page, string value) =>
        page.QuerySelector<IHtmlElement>($"form#rilevazione button[name='Azione'][value='{value}']")!;

    [Fact]
    public async Task Responsabile_saves_stato_attuazione_and_sees_it_after_redirect()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var (form, page) = await FormAsync(client, FormC06);

        using var response = await client.SubmitAsync(form, new() { ["StatoAttuazione"] = "Fatto: **55 progetti** seguiti.\n\n- uno\n- due" },
            Button(page, "salva"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        after.QuerySelector<IHtmlTextAreaElement>("#StatoAttuazione")!.Value.Should().Be("Fatto: **55 progetti** seguiti.\n\n- uno\n- due");
        after.QuerySelector(".alert-success")!.TextContent.Should().Contain("Bozza salvata");
        after.QuerySelector("#StatoAttuazione-anteprima strong")!.TextContent.Should().Be("55 progetti");
        (await app.ItemAsync(RoundState.Aperta, "C06")).Stato.Should().Be(StatoCompilazione.Bozza);
    }

    [Fact]
    public async Task Values_in_Italian_format_are_saved_as_decimals_and_shown_back_the_same_way()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var (form, page) = await FormAsync(client, "/rilevazioni/2019-12-31/obiettivi/C07");

        using var response = await client.SubmitAsync(form, new()
        {
            ["Valori[0].Consuntivo"] = "1.234,56",
            ["Valori[0].Nota"] = "Dato provvisorio",
        }, Button(page, "salva"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var item = await app.ItemAsync(RoundState.Aperta, "C07");
        item.Valori.Should().ContainSingle().Which.Consuntivo.Should().Be(1234.56m);
        item.Obiettivo.Indicatori[0].ConsuntivoDi(2019).Should().Be(1234.56m, "the round's value is the yearly consuntivo");
        var after = await client.GetDocumentAsync("/rilevazioni/2019-12-31/obiettivi/C07");
        after.QuerySelector<IHtmlInputElement>("#Valori_0__Consuntivo")!.Value.Should().Be("1.234,56");
        after.QuerySelector<IHtmlInputElement>("#Valori_0__Nota")!.Value.Should().Be("Dato provvisorio");
    }

    [Theory]
    [InlineData("dodici", "non è un numero")]
    [InlineData("1.5", "usare la virgola per i decimali")]
    [InlineData("12,34,5", "non è un numero")]
    public async Task A_value_that_is_not_a_number_is_refused_next_to_its_field_and_nothing_is_saved(string typed, string message)
    {
        using var client = await app.LoginAsync("masserdotti.marco");
        var codice = (await FirstObiettivoWithIndicatorAsync("Masserdotti Marco"));
        var url = $"/rilevazioni/2019-12-31/obiettivi/{codice}";
        var (form, page) = await FormAsync(client, url);

        using var response = await client.SubmitAsync(form, new()
        {
            ["StatoAttuazione"] = "Testo che non deve andare perso",
            ["Valori[0].Consuntivo"] = typed,
        }, Button(page, "salva"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await response.ToDocumentAsync();
        again.QuerySelector("#Valori_0__Consuntivo-errore")!.TextContent.Should().Contain(message);
        again.QuerySelector("#Valori_0__Consuntivo")!.GetAttribute("aria-invalid").Should().Be("true");
        again.QuerySelector<IHtmlInputElement>("#Valori_0__Consuntivo")!.Value.Should().Be(typed);
        again.QuerySelector<IHtmlTextAreaElement>("#StatoAttuazione")!.Value.Should().Be("Testo che non deve andare perso");
        again.QuerySelector("#riepilogo-errori a[href='#Valori_0__Consuntivo']").Should().NotBeNull();
        var item = await app.ItemAsync(RoundState.Aperta, codice);
        item.StatoAttuazione.Should().BeNull();
        item.Valori.Should().BeEmpty();
    }

    [Fact]
    public async Task An_oversize_text_is_refused_in_Italian_and_kept()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var (form, page) = await FormAsync(client, "/rilevazioni/2019-12-31/obiettivi/C02");
        var huge = new string('a', 20_001);
        form.QuerySelector<IHtmlTextAreaElement>("#StatoAttuazione")!.RemoveAttribute("maxlength");

        using var response = await client.SubmitAsync(form, new() { ["StatoAttuazione"] = huge }, Button(page, "salva"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await response.ToDocumentAsync();
        again.QuerySelector("#StatoAttuazione-errore")!.TextContent.Should().Contain("al massimo 20.000 caratteri");
        again.QuerySelector<IHtmlTextAreaElement>("#StatoAttuazione")!.Value.Should().HaveLength(20_001);
        (await app.ItemAsync(RoundState.Aperta, "C02")).StatoAttuazione.Should().BeNull();
    }

    [Fact]
    public async Task Sending_makes_the_form_read_only_and_a_later_post_changes_nothing()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var (form, page) = await FormAsync(client, "/rilevazioni/2019-12-31/obiettivi/C03");
        using var sent = await client.SubmitAsync(form, new() { ["StatoAttuazione"] = "Completato." }, Button(page, "invia"));
        sent.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var (readOnly, readOnlyPage) = await FormAsync(client, "/rilevazioni/2019-12-31/obiettivi/C03");
        readOnly.QuerySelector("#StatoAttuazione")!.HasAttribute("readonly").Should().BeTrue();
        readOnlyPage.QuerySelectorAll("form#rilevazione button[name='Azione']").Should().BeEmpty();
        readOnlyPage.QuerySelector(".alert-info")!.TextContent.Should().Contain("Inviato alla Segreteria Generale");

        // A crafted post (old page, or someone's script) is refused with the reason and the typed text kept.
        using var again = await client.SubmitAsync(form, new() { ["StatoAttuazione"] = "Cambiato dopo l'invio" }, Button(page, "salva"));
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        var doc = await again.ToDocumentAsync();
        doc.QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("già stato inviato");
        doc.QuerySelector<IHtmlTextAreaElement>("#StatoAttuazione")!.Value.Should().Be("Cambiato dopo l'invio");
        var item = await app.ItemAsync(RoundState.Aperta, "C03");
        item.Stato.Should().Be(StatoCompilazione.Inviato);
        item.StatoAttuazione.Should().Be("Completato.");
        item.InviatoDa.Should().Be(TestUsers.ResponsabileC06);
    }

    [Fact]
    public async Task Sending_without_stato_di_attuazione_is_refused()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var (form, page) = await FormAsync(client, "/rilevazioni/2019-12-31/obiettivi/C04");
        using var response = await client.SubmitAsync(form, new() { ["AzioniCorrettive"] = "Nessuna" }, Button(page, "invia"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ToDocumentAsync()).QuerySelector("#StatoAttuazione-errore")!.TextContent
            .Should().Contain("Per inviare, compilare lo stato di attuazione.");
        (await app.ItemAsync(RoundState.Aperta, "C04")).Stato.Should().Be(StatoCompilazione.DaCompilare);
    }

    [Fact]
    public async Task A_value_below_target_without_azioni_correttive_asks_for_confirmation_before_sending()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var (form, page) = await FormAsync(client, FormC06);
        var values = new Dictionary<string, string>
        {
            ["StatoAttuazione"] = "Avanzamento regolare.",
            ["Valori[0].Consuntivo"] = "30,00", // target 50,00, higher is better
        };

        using var first = await client.SubmitAsync(form, values, Button(page, "invia"));
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var warning = await first.ToDocumentAsync();
        warning.QuerySelector(".alert-warning")!.TextContent.Should().Contain("Grado di copertura dei progetti");
        warning.QuerySelector<IHtmlInputElement>("#Valori_0__Consuntivo")!.Value.Should().Be("30,00");
        (await app.ItemAsync(RoundState.Aperta, "C06")).Stato.Should().NotBe(StatoCompilazione.Inviato);

        var confirmForm = warning.QuerySelector<IHtmlFormElement>("form#rilevazione")!;
        confirmForm.QuerySelector<IHtmlInputElement>("#ConfermaSenzaAzioni")!.IsChecked = true;
        using var confirmed = await client.SubmitAsync(confirmForm, values, Button(warning, "invia"));
        confirmed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var item = await app.ItemAsync(RoundState.Aperta, "C06");
        item.Stato.Should().Be(StatoCompilazione.Inviato);
        item.Valori.Single(v => v.Indicatore.Nome == "Grado di copertura dei progetti").Consuntivo.Should().Be(30m);
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_both_versions_side_by_side_and_nothing_is_overwritten()
    {
        using var mine = await app.LoginAsync("grossi.eugenia");
        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);
        var codice = await FirstObiettivoWithIndicatorAsync("Grossi Eugenia");
        var url = $"/rilevazioni/2019-12-31/obiettivi/{codice}";
        var (myForm, myPage) = await FormAsync(mine, url);
        var (theirForm, theirPage) = await FormAsync(segreteria, url);

        using var theirs = await segreteria.SubmitAsync(theirForm, new() { ["StatoAttuazione"] = "Versione della Segreteria" }, Button(theirPage, "salva"));
        theirs.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var stale = await mine.SubmitAsync(myForm, new() { ["StatoAttuazione"] = "La mia versione" }, Button(myPage, "salva"));

        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await stale.ToDocumentAsync();
        page.QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Qualcun altro ha salvato");
        var confronto = page.QuerySelector("#confronto")!.ParentElement!.TextContent;
        confronto.Should().Contain("Versione della Segreteria").And.Contain("La mia versione").And.Contain("segreteria");
        page.QuerySelector<IHtmlTextAreaElement>("#StatoAttuazione")!.Value.Should().Be("La mia versione");
        (await app.ItemAsync(RoundState.Aperta, codice)).StatoAttuazione.Should().Be("Versione della Segreteria");

        // Saving again from the conflict page is a conscious choice: it now wins.
        using var resolved = await mine.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#rilevazione")!, [], Button(page, "salva"));
        resolved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.ItemAsync(RoundState.Aperta, codice)).StatoAttuazione.Should().Be("La mia versione");
    }

    [Fact]
    public async Task Two_saves_at_the_same_moment_one_wins_and_the_other_is_told()
    {
        using var a = await app.LoginAsync("pagliarini.marco");
        using var b = await app.LoginAsync(TestUsers.Segreteria);
        var codice = await FirstObiettivoWithIndicatorAsync("Pagliarini Marco");
        var url = $"/rilevazioni/2019-12-31/obiettivi/{codice}";
        var (formA, pageA) = await FormAsync(a, url);
        var (formB, pageB) = await FormAsync(b, url);

        var results = await Task.WhenAll(
            a.SubmitAsync(formA, new() { ["StatoAttuazione"] = "Testo A" }, Button(pageA, "salva")),
            b.SubmitAsync(formB, new() { ["StatoAttuazione"] = "Testo B" }, Button(pageB, "salva")));

        results.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Redirect, HttpStatusCode.OK]);
        var loser = results.Single(r => r.StatusCode == HttpStatusCode.OK);
        (await loser.ToDocumentAsync()).QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Qualcun altro ha salvato");
        var saved = (await app.ItemAsync(RoundState.Aperta, codice)).StatoAttuazione;
        saved.Should().Be(results[0].StatusCode == HttpStatusCode.Redirect ? "Testo A" : "Testo B");
        foreach (var r in results) r.Dispose();
    }

    [Fact]
    public async Task A_tampered_indicator_id_from_another_obiettivo_is_refused_and_nothing_is_saved()
    {
        var foreignIndicator = await app.WithItemAsync(RoundState.Aperta, "C31", (_, item) => item.Obiettivo.Indicatori[0].Id);
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var (form, page) = await FormAsync(client, "/rilevazioni/2019-12-31/obiettivi/C05");
        form.QuerySelector<IHtmlInputElement>("input[name='Valori[0].IndicatoreId']")!.Value = foreignIndicator.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = await client.SubmitAsync(form, new() { ["Valori[0].Consuntivo"] = "10", ["StatoAttuazione"] = "x" }, Button(page, "salva"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ToDocumentAsync()).QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Indicatore non valido");
        (await app.ItemAsync(RoundState.Aperta, "C31")).Valori.Should().BeEmpty();
        (await app.ItemAsync(RoundState.Aperta, "C05")).StatoAttuazione.Should().BeNull();
    }

    [Fact]
    public async Task Posting_one_own_form_to_another_responsabile_obiettivo_url_is_forbidden()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var (form, page) = await FormAsync(client, "/rilevazioni/2019-12-31/obiettivi/C08");
        form.Action = "/rilevazioni/2019-12-31/obiettivi/C31"; // C31 belongs to Vescovi Mario

        using var response = await client.SubmitAsync(form, new() { ["StatoAttuazione"] = "Intrusione" }, Button(page, "salva"));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.ItemAsync(RoundState.Aperta, "C31")).StatoAttuazione.Should().BeNull();
    }

    [Theory]
    [InlineData("/rilevazioni/2019-12-31/obiettivi/C9999")]
    [InlineData("/rilevazioni/2018-12-31/obiettivi/C06")]
    [InlineData("/rilevazioni/31-12-2019/obiettivi/C06")]
    [InlineData("/rilevazioni/2019-13-45/obiettivi/C06")]
    public async Task Unknown_round_or_code_is_404(string url)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_form_shows_the_context_the_previous_round_and_past_consuntivi()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var page = await client.GetDocumentAsync(FormC06);
        var context = page.QuerySelector("details")!.TextContent;
        context.Should().Contain("Supportare i progetti comunali").And.Contain("Definizione Ob. Operativo DUP 2019")
            .And.Contain("Stato di attuazione Infrannuale 2019").And.Contain("nel primo semestre 2019 55 progetti");
        var card = page.QuerySelectorAll(".indicatore-input")[0].TextContent;
        card.Should().Contain("Target: 50,00").And.Contain("2017: 59,00").And.Contain("2018: 91,00");
        page.QuerySelector("label[for='StatoAttuazione']")!.TextContent.Should().Be("Stato di attuazione al 31/12/2019");
    }

    [Fact]
    public async Task The_home_page_lists_my_open_work_with_deadline_and_state()
    {
        using var client = await app.LoginAsync("vescovi.mario");
        var home = await client.GetDocumentAsync("/");
        var rows = home.QuerySelectorAll("#mie-attivita ~ div table tbody tr");
        rows.Should().HaveCount(3);
        rows[0].TextContent.Should().Contain("Annuale 2019").And.Contain("mancano");
        rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")).Should().Contain("/rilevazioni/2019-12-31/obiettivi/C31");
        home.QuerySelector("#mie-attivita ~ p")!.TextContent.Should().Contain("3 obiettivi da compilare");
    }

    [Fact]
    public async Task Segreteria_edits_are_recorded_in_the_audit_trail()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var (form, page) = await FormAsync(client, "/rilevazioni/2019-12-31/obiettivi/C09");
        using var response = await client.SubmitAsync(form, new() { ["StatoAttuazione"] = "Corretto dalla Segreteria" }, Button(page, "salva"));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entry = await db.Audit.SingleAsync(a => a.Campo == "StatoAttuazione" && a.ValoreNuovo == "Corretto dalla Segreteria");
        entry.Utente.Should().Be(TestUsers.Segreteria);
        entry.ValorePrecedente.Should().BeNull();
        page.QuerySelector("button[value='invia']").Should().BeNull("only the responsabile sends");
    }

    [Fact]
    public async Task The_preview_renders_Markdown_on_the_server_and_escapes_html()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var (form, _) = await FormAsync(client, FormC06);
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["testo"] = "**ok** <script>alert(1)</script>",
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/anteprima", UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<strong>ok</strong>").And.Contain("&lt;script&gt;").And.NotContain("<script>");

        using var noToken = new FormUrlEncodedContent(new Dictionary<string, string> { ["testo"] = "x" });
        (await client.PostAsync(new Uri("/anteprima", UriKind.Relative), noToken)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private async Task<string> FirstObiettivoWithIndicatorAsync(string responsabile)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var codes = await db.ObiettiviOperativi.Where(o => o.ResponsabileGestionale.Nome == responsabile && o.Indicatori.Any())
            .OrderBy(o => o.Id).Select(o => o.Codice).ToListAsync();
        return codes[0];
    }
}
