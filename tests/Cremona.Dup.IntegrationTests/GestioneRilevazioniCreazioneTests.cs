using System.Globalization;
using System.Net;
using System.Security.Claims;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>Segreteria creates, edits, opens, closes and reopens rounds through the real forms.</summary>
public sealed class GestioneRilevazioniCreazioneTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private static readonly DateOnly Oggi = Formats.Oggi(TimeProvider.System);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Segreteria_creates_a_round_in_preparazione_through_the_form()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var list = await client.GetDocumentAsync("/rilevazioni");
        var nuova = await client.GetDocumentAsync(list.QuerySelector<IHtmlAnchorElement>("a[href='/rilevazioni/nuova']")!.PathName);
        var form = nuova.QuerySelector<IHtmlFormElement>("#nuova-rilevazione")!;
        form.QuerySelector<IHtmlInputElement>("#ChiedeAzioniCorrettive")!.IsChecked = false;

        using var response = await client.SubmitAsync(form, new()
        {
            ["Data"] = "2020-06-30",
            ["Titolo"] = "  Infrannuale 2020 ",
            ["Scadenza"] = Iso(Oggi.AddDays(30)),
            ["AnnoConsuntivo"] = "2019",
        });

        response.Headers.Location!.OriginalString.Should().Be("/rilevazioni/2020-06-30");
        var dashboard = await client.FollowAsync(response);
        dashboard.QuerySelector(".alert-success")!.TextContent.Should().Contain("Rilevazione «Infrannuale 2020» creata");
        dashboard.QuerySelector("h1")!.TextContent.Should().Contain("Infrannuale 2020").And.Contain("In preparazione");
        dashboard.QuerySelector("main")!.TextContent.Should().Contain("verranno inclusi i 118 obiettivi");

        var round = await app.InDbAsync(db => db.Rilevazioni.AsNoTracking().SingleAsync(r => r.Data == new DateOnly(2020, 6, 30)));
        round.Titolo.Should().Be("Infrannuale 2020");
        round.Stato.Should().Be(StatoRilevazione.InPreparazione);
        round.Scadenza.Should().Be(Oggi.AddDays(30));
        round.AnnoConsuntivo.Should().Be(2019);
        round.ChiedeStatoAttuazione.Should().BeTrue();
        round.ChiedeAzioniCorrettive.Should().BeFalse();

        var after = await client.GetDocumentAsync("/rilevazioni");
        var row = after.QuerySelectorAll("#rilevazioni tbody tr").Single(r => r.TextContent.Contains("Infrannuale 2020", StringComparison.Ordinal));
        row.TextContent.Should().Contain("30/06/2020").And.Contain("In preparazione").And.Contain("Nessun obiettivo incluso");
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "Data", "2021-06-29", "La data di riferimento deve essere il 30 giugno o il 31 dicembre." },
        { "Data", "2019-12-31", "Esiste già una rilevazione al 31/12/2019" },
        { "Data", "", "Indicare la data di riferimento (30 giugno o 31 dicembre)." },
        { "Titolo", "", "Indicare il titolo della rilevazione." },
        { "Scadenza", Iso(Oggi.AddDays(-1)), "La scadenza deve essere successiva alla data di oggi." },
        { "Scadenza", Iso(Oggi), "La scadenza deve essere successiva alla data di oggi." },
        { "AnnoConsuntivo", "2019", "L'anno dei consuntivi deve essere l'anno della rilevazione o quello precedente." },
        { "AnnoConsuntivo", "duemila", "non è valido" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task A_bad_field_is_refused_in_Italian_next_to_it_keeping_what_was_typed(string campo, string valore, string messaggio)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/rilevazioni/nuova");
        var values = new Dictionary<string, string>
        {
            ["Data"] = "2021-06-30",
            ["Titolo"] = "Infrannuale 2021",
            ["Scadenza"] = Iso(Oggi.AddDays(10)),
            ["AnnoConsuntivo"] = "2021",
        };
        values[campo] = valore;
        var roundsBefore = await app.InDbAsync(db => db.Rilevazioni.AsNoTracking().Select(r => new { r.Data, r.Titolo, r.Version }).ToListAsync());

        using var response = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("#nuova-rilevazione")!, values);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var result = await response.ToDocumentAsync();
        result.QuerySelector($"#{campo}-errore")!.TextContent.Should().Contain(messaggio);
        result.QuerySelector($"#{campo}")!.GetAttribute("aria-describedby").Should().Contain($"{campo}-errore");
        result.QuerySelector(".alert-danger")!.TextContent.Should().Contain(messaggio);
        foreach (var (name, typed) in values)
            result.QuerySelector<IHtmlInputElement>($"#{name}")!.Value.Should().Be(typed, $"{name} keeps what was typed");
        result.QuerySelector<IHtmlInputElement>("#ChiedeStatoAttuazione")!.IsChecked.Should().BeTrue();

        var roundsAfter = await app.InDbAsync(db => db.Rilevazioni.AsNoTracking().Select(r => new { r.Data, r.Titolo, r.Version }).ToListAsync());
        roundsAfter.Should().BeEquivalentTo(roundsBefore, "nothing is saved");
    }

    [Fact]
    public async Task A_round_that_asks_for_nothing_is_refused_and_reports_every_mistake_at_once()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/rilevazioni/nuova");
        var form = page.QuerySelector<IHtmlFormElement>("#nuova-rilevazione")!;
        form.QuerySelector<IHtmlInputElement>("#ChiedeStatoAttuazione")!.IsChecked = false;
        form.QuerySelector<IHtmlInputElement>("#ChiedeAzioniCorrettive")!.IsChecked = false;

        using var response = await client.SubmitAsync(form, new() { ["Data"] = "2022-06-29", ["Titolo"] = "" });

        var result = await response.ToDocumentAsync();
        result.QuerySelector("#ChiedeStatoAttuazione-errore")!.TextContent.Should()
            .Be("La rilevazione deve chiedere almeno lo stato di attuazione o le azioni correttive.");
        result.QuerySelector("#Data-errore")!.TextContent.Should().Contain("30 giugno o il 31 dicembre");
        result.QuerySelector("#Titolo-errore")!.TextContent.Should().Be("Indicare il titolo della rilevazione.");
        result.QuerySelector<IHtmlInputElement>("#ChiedeStatoAttuazione")!.IsChecked.Should().BeFalse("the unticked box stays unticked");
        (await app.InDbAsync(db => db.Rilevazioni.AnyAsync(r => r.Data.Year == 2022))).Should().BeFalse();
    }

    [Fact]
    public async Task Opening_a_round_includes_every_obiettivo_operativo_da_compilare()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/rilevazioni/nuova");
        (await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("#nuova-rilevazione")!,
            new() { ["Data"] = "2020-12-31", ["Titolo"] = "Annuale 2020" })).Dispose();

        var dashboard = await client.GetDocumentAsync("/rilevazioni/2020-12-31");
        using var response = await client.SubmitAsync(dashboard.QuerySelector<IHtmlFormElement>("form#apri")!, []);

        var after = await client.FollowAsync(response);
        after.QuerySelector(".alert-success")!.TextContent.Should().Contain("aperta con 118 obiettivi operativi");
        after.QuerySelector("h1")!.TextContent.Should().Contain("Aperta");
        var items = await app.InDbAsync(db => db.RilevazioniObiettivi.AsNoTracking()
            .Where(r => r.Rilevazione.Data == new DateOnly(2020, 12, 31)).Select(r => r.Stato).ToListAsync());
        items.Should().HaveCount(118).And.OnlyContain(s => s == StatoCompilazione.DaCompilare);
        (await app.InDbAsync(db => db.Rilevazioni.AsNoTracking().SingleAsync(r => r.Data == new DateOnly(2020, 12, 31))))
            .Stato.Should().Be(StatoRilevazione.Aperta);

        // Opening twice is refused, not duplicated.
        using var again = await client.PostWithTokenAsync(after, "/rilevazioni/2020-12-31/apri");
        (await client.FollowAsync(again)).QuerySelector(".alert-danger")!.TextContent.Should().Contain("già aperta");
        (await app.InDbAsync(db => db.RilevazioniObiettivi.CountAsync(r => r.Rilevazione.Data == new DateOnly(2020, 12, 31))))
            .Should().Be(118);
    }

    [Fact]
    public async Task Closing_needs_the_confirmation_then_locks_the_round_for_everyone()
    {
        var data = new DateOnly(2021, 12, 31);
        await app.CreaRilevazioneApertaAsync(data, "Annuale 2021");
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var dashboard = await client.GetDocumentAsync("/rilevazioni/2021-12-31");
        var chiudi = await client.GetDocumentAsync(dashboard.QuerySelector<IHtmlAnchorElement>("a[href='/rilevazioni/2021-12-31/chiudi']")!.PathName);
        chiudi.QuerySelector("#riepilogo-chiusura")!.TextContent.Should().Contain("118 obiettivi non ancora inviati");

        using var unconfirmed = await client.SubmitAsync(chiudi.QuerySelector<IHtmlFormElement>("#chiudi")!, []);
        unconfirmed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await unconfirmed.ToDocumentAsync()).QuerySelector("#Conferma-errore")!.TextContent.Should()
            .Be("Per chiudere la rilevazione selezionare la casella di conferma.");
        (await app.InDbAsync(db => db.Rilevazioni.SingleAsync(r => r.Data == data))).Stato.Should().Be(StatoRilevazione.Aperta);

        var form = chiudi.QuerySelector<IHtmlFormElement>("#chiudi")!;
        form.QuerySelector<IHtmlInputElement>("#Conferma")!.IsChecked = true;
        using var confirmed = await client.SubmitAsync(form, []);
        (await client.FollowAsync(confirmed)).QuerySelector(".alert-success")!.TextContent.Should().Contain("chiusa");

        var item = await app.ObiettivoAsync(data, "C06");
        item.Rilevazione.Stato.Should().Be(StatoRilevazione.Chiusa);
        item.IsAperto.Should().BeFalse();
        item.IsCompilabile.Should().BeFalse();
        var responsabile = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, Roles.Responsabile), new Claim(AppClaims.ResponsabileId, item.Obiettivo.ResponsabileGestionaleId.ToString(CultureInfo.InvariantCulture))],
            "test"));
        var authz = app.Services.GetRequiredService<IAuthorizationService>();
        (await authz.AuthorizeAsync(responsabile, item, Operations.Compila)).Succeeded.Should().BeFalse("a closed round is locked for its responsabile");
        var segreteria = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Segreteria)], "test"));
        (await authz.AuthorizeAsync(segreteria, item, Operations.Compila)).Succeeded.Should().BeFalse("and for Segreteria too");
        var act = () => item.Update("Testo tardivo", null);
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task Reopening_a_closed_round_needs_a_reason_that_the_audit_trail_keeps()
    {
        var data = new DateOnly(2022, 12, 31);
        await app.CreaRilevazioneApertaAsync(data, "Annuale 2022");
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var chiudi = await client.GetDocumentAsync("/rilevazioni/2022-12-31/chiudi");
        var form = chiudi.QuerySelector<IHtmlFormElement>("#chiudi")!;
        form.QuerySelector<IHtmlInputElement>("#Conferma")!.IsChecked = true;
        (await client.SubmitAsync(form, [])).Dispose();

        var dashboard = await client.GetDocumentAsync("/rilevazioni/2022-12-31");
        var riapri = await client.GetDocumentAsync(dashboard.QuerySelector<IHtmlAnchorElement>("a[href='/rilevazioni/2022-12-31/riapri']")!.PathName);
        using var empty = await client.SubmitAsync(riapri.QuerySelector<IHtmlFormElement>("#riapri")!, new() { ["Motivo"] = "   " });
        empty.StatusCode.Should().Be(HttpStatusCode.OK);
        (await empty.ToDocumentAsync()).QuerySelector("#Motivo-errore")!.TextContent.Should().Be("Indicare il motivo della riapertura.");
        (await app.InDbAsync(db => db.Rilevazioni.SingleAsync(r => r.Data == data))).Stato.Should().Be(StatoRilevazione.Chiusa);

        const string motivo = "Il revisore dei conti chiede di correggere i valori del programma 1.02.";
        using var response = await client.SubmitAsync(riapri.QuerySelector<IHtmlFormElement>("#riapri")!, new() { ["Motivo"] = motivo });
        (await client.FollowAsync(response)).QuerySelector(".alert-success")!.TextContent.Should().Contain("riaperta");

        var round = await app.InDbAsync(db => db.Rilevazioni.AsNoTracking().SingleAsync(r => r.Data == data));
        round.Stato.Should().Be(StatoRilevazione.Aperta);
        var audit = await app.InDbAsync(db => db.Audit.AsNoTracking()
            .Where(a => a.Entita == nameof(Rilevazione) && a.EntitaId == round.Id && a.Campo == nameof(Rilevazione.Stato)).ToListAsync());
        var entry = audit.Single(a => a.ValoreNuovo == nameof(StatoRilevazione.Aperta) && a.ValorePrecedente == nameof(StatoRilevazione.Chiusa));
        entry.Nota.Should().Be(motivo);
        entry.Utente.Should().Be(TestUsers.Segreteria);
    }

    [Fact]
    public async Task Segreteria_edits_a_round_and_a_stale_save_is_refused_keeping_what_was_typed()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var nuova = await client.GetDocumentAsync("/rilevazioni/nuova");
        (await client.SubmitAsync(nuova.QuerySelector<IHtmlFormElement>("#nuova-rilevazione")!,
            new() { ["Data"] = "2023-06-30", ["Titolo"] = "Infrannuale 2023" })).Dispose();

        var tab1 = await client.GetDocumentAsync("/rilevazioni/2023-06-30/modifica");
        var tab2 = await client.GetDocumentAsync("/rilevazioni/2023-06-30/modifica");
        var form1 = tab1.QuerySelector<IHtmlFormElement>("#modifica-rilevazione")!;
        form1.QuerySelector<IHtmlInputElement>("#ChiedeAzioniCorrettive")!.IsChecked = false;
        using var first = await client.SubmitAsync(form1, new()
        {
            ["Titolo"] = "Infrannuale 2023 (bis)",
            ["Scadenza"] = Iso(Oggi.AddDays(5)),
            ["AnnoConsuntivo"] = "2022",
        });
        (await client.FollowAsync(first)).QuerySelector(".alert-success")!.TextContent.Should().Contain("salvata");
        var saved = await app.InDbAsync(db => db.Rilevazioni.AsNoTracking().SingleAsync(r => r.Data == new DateOnly(2023, 6, 30)));
        saved.Titolo.Should().Be("Infrannuale 2023 (bis)");
        saved.Scadenza.Should().Be(Oggi.AddDays(5));
        saved.AnnoConsuntivo.Should().Be(2022);
        saved.ChiedeAzioniCorrettive.Should().BeFalse();

        using var stale = await client.SubmitAsync(tab2.QuerySelector<IHtmlFormElement>("#modifica-rilevazione")!,
            new() { ["Titolo"] = "Titolo dell'altra scheda" });
        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await stale.ToDocumentAsync();
        refused.QuerySelector(".alert-danger")!.TextContent.Should().Contain("Un'altra persona ha modificato la rilevazione");
        refused.QuerySelector("#conflitto")!.TextContent.Should().Contain("Infrannuale 2023 (bis)", "the other person's values are shown");
        refused.QuerySelector<IHtmlInputElement>("#Titolo")!.Value.Should().Be("Titolo dell'altra scheda");
        (await app.InDbAsync(db => db.Rilevazioni.AsNoTracking().SingleAsync(r => r.Data == new DateOnly(2023, 6, 30))))
            .Titolo.Should().Be("Infrannuale 2023 (bis)", "a stale save never overwrites");

        // Having seen the other values, saving again is a deliberate choice and goes through.
        using var again = await client.SubmitAsync(refused.QuerySelector<IHtmlFormElement>("#modifica-rilevazione")!, []);
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.InDbAsync(db => db.Rilevazioni.AsNoTracking().SingleAsync(r => r.Data == new DateOnly(2023, 6, 30))))
            .Titolo.Should().Be("Titolo dell'altra scheda");
    }

    [Fact]
    public async Task The_year_of_the_consuntivi_is_fixed_once_the_round_is_open_even_with_a_tampered_form()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/rilevazioni/2019-12-31/modifica");
        page.QuerySelector<IHtmlInputElement>("#AnnoConsuntivo")!.IsReadOnly.Should().BeTrue();
        var form = page.QuerySelector<IHtmlFormElement>("#modifica-rilevazione")!;
        form.SetValues(new Dictionary<string, string> { ["AnnoConsuntivo"] = "2018" }, createMissing: true);
        var before = await app.InDbAsync(db => db.Rilevazioni.AsNoTracking().SingleAsync(r => r.Data == RilevazioniTestData.Annuale2019));

        using var response = await client.SubmitAsync(form, []);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ToDocumentAsync()).QuerySelector("#AnnoConsuntivo-errore")!.TextContent.Should()
            .Be("L'anno dei consuntivi non si può cambiare dopo l'apertura.");
        var after = await app.InDbAsync(db => db.Rilevazioni.AsNoTracking().SingleAsync(r => r.Data == RilevazioniTestData.Annuale2019));
        after.AnnoConsuntivo.Should().Be(2019);
        after.Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task A_closed_round_cannot_be_edited()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.GetAsync(new Uri("/rilevazioni/2019-06-30/modifica", UriKind.Relative));
        var dashboard = await client.FollowAsync(response);
        dashboard.QuerySelector(".alert-danger")!.TextContent.Should().Contain("Una rilevazione chiusa non è modificabile");
        dashboard.QuerySelectorAll("a[href='/rilevazioni/2019-06-30/modifica']").Should().BeEmpty();
    }

    [Theory]
    [InlineData("/rilevazioni/2018-12-31")]
    [InlineData("/rilevazioni/31-12-2019")]
    [InlineData("/rilevazioni/2019-12-31/obiettivi/C9999/restituisci")]
    [InlineData("/rilevazioni/2019-12-31/obiettivi/%3Cscript%3E/riapri")]
    [InlineData("/rilevazioni/2018-12-31/solleciti")]
    public async Task Unknown_rounds_and_obiettivi_are_404(string url)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
