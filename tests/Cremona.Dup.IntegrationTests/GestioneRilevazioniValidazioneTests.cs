using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using static Cremona.Dup.IntegrationTests.Infrastructure.RilevazioniTestData;

namespace Cremona.Dup.IntegrationTests;

/// <summary>Segreteria validates, returns and reopens obiettivi; each test works on obiettivi of its own.</summary>
public sealed class GestioneRilevazioniValidazioneTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private const string Dashboard = "/rilevazioni/2019-12-31";

    [Fact]
    public async Task Segreteria_validates_one_obiettivo_from_its_row()
    {
        await app.PortaAsync(Annuale2019, "C06", StatoCompilazione.Inviato);
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync(Dashboard);
        var form = page.QuerySelector<IHtmlFormElement>("#valida-selezionati")!;
        var button = page.QuerySelector<IHtmlButtonElement>("tr[data-codice='C06'] button[formaction$='/obiettivi/C06/valida']")!;

        using var response = await client.SubmitWithAsync(form, button);

        response.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/rilevazioni/2019-12-31/obiettivi/C06/valida");
        response.Headers.Location!.OriginalString.Should().Be(Dashboard);
        (await client.FollowAsync(response)).QuerySelector(".alert-success")!.TextContent.Should().Be("Obiettivo C06 validato.");
        var item = await app.ObiettivoAsync(Annuale2019, "C06");
        item.Stato.Should().Be(StatoCompilazione.Validato);
        item.ValidatoDa.Should().Be(TestUsers.Segreteria);
        item.ValidatoAtUtc.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Segreteria_validates_the_selected_obiettivi_at_once_and_only_those()
    {
        foreach (var codice in new[] { "C95", "C96", "C97" })
            await app.PortaAsync(Annuale2019, codice, StatoCompilazione.Inviato);
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync(Dashboard + "?responsabile=" + await GrossiIdAsync());
        var form = page.QuerySelector<IHtmlFormElement>("#valida-selezionati")!;
        form.QuerySelector<IHtmlInputElement>("#seleziona-C95")!.IsChecked = true;
        form.QuerySelector<IHtmlInputElement>("#seleziona-C97")!.IsChecked = true;

        using var response = await client.SubmitAsync(form, []);

        response.Headers.Location!.OriginalString.Should().StartWith(Dashboard + "?responsabile=", "back to the filtered view");
        (await client.FollowAsync(response)).QuerySelector(".alert-success")!.TextContent.Should().Be("2 obiettivi validati: C95, C97.");
        (await app.ObiettivoAsync(Annuale2019, "C95")).Stato.Should().Be(StatoCompilazione.Validato);
        (await app.ObiettivoAsync(Annuale2019, "C97")).Stato.Should().Be(StatoCompilazione.Validato);
        (await app.ObiettivoAsync(Annuale2019, "C96")).Stato.Should().Be(StatoCompilazione.Inviato);
    }

    [Fact]
    public async Task A_bulk_validation_skips_what_is_not_waiting_and_says_so()
    {
        await app.PortaAsync(Annuale2019, "C98", StatoCompilazione.Inviato);
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync(Dashboard);

        using var none = await client.PostWithTokenAsync(page, Dashboard + "/valida");
        (await client.FollowAsync(none)).QuerySelector(".alert-danger")!.TextContent.Should().Be("Selezionare almeno un obiettivo da validare.");

        using var mixed = await client.PostWithTokenAsync(page, Dashboard + "/valida",
            [new("codici", "C98"), new("codici", "C100"), new("codici", "C9999")]);
        var after = await client.FollowAsync(mixed);
        after.QuerySelector(".alert-success")!.TextContent.Should().Be("Obiettivo C98 validato.");
        after.QuerySelector(".alert-danger")!.TextContent.Should().Contain("C100").And.Contain("C9999");
        (await app.ObiettivoAsync(Annuale2019, "C98")).Stato.Should().Be(StatoCompilazione.Validato);
        (await app.ObiettivoAsync(Annuale2019, "C100")).Stato.Should().Be(StatoCompilazione.DaCompilare);
    }

    [Fact]
    public async Task Validating_an_obiettivo_that_was_not_sent_is_403_and_changes_nothing()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync(Dashboard);
        var before = await app.ObiettivoAsync(Annuale2019, "C08");

        using var response = await client.PostWithTokenAsync(page, Dashboard + "/obiettivi/C08/valida");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.ToDocumentAsync()).QuerySelector(".alert-danger")!.TextContent.Should()
            .Contain("non è in attesa di validazione").And.Contain("da compilare");
        (await app.ObiettivoAsync(Annuale2019, "C08")).Version.Should().Be(before.Version);
    }

    [Theory]
    [InlineData("/rilevazioni/2019-12-31/obiettivi/C9999/valida")]
    [InlineData("/rilevazioni/2018-12-31/obiettivi/C06/valida")]
    [InlineData("/rilevazioni/2018-12-31/valida")]
    [InlineData("/rilevazioni/2019-12-31/obiettivi/C9999/restituisci")]
    [InlineData("/rilevazioni/domani/obiettivi/C06/restituisci")]
    [InlineData("/rilevazioni/2018-12-31/obiettivi/C06/riapri")]
    public async Task Unknown_round_or_obiettivo_is_404(string url)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync(Dashboard);
        using var response = await client.PostWithTokenAsync(page, url,
            [new("Nota", "Una nota."), new("Motivo", "Un motivo."), new("codici", "C06")]);
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task After_an_action_only_a_local_return_address_is_followed()
    {
        await app.PortaAsync(Annuale2019, "C99", StatoCompilazione.Inviato);
        await app.PortaAsync(Annuale2019, "C101", StatoCompilazione.Inviato);
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync(Dashboard);

        using var evil = await client.PostWithTokenAsync(page, Dashboard + "/obiettivi/C99/valida", [new("returnUrl", "https://evil.example/")]);
        evil.Headers.Location!.OriginalString.Should().Be(Dashboard);
        using var local = await client.PostWithTokenAsync(page, Dashboard + "/obiettivi/C101/valida",
            [new("returnUrl", "/rilevazioni/2019-12-31/obiettivi/C101")]);
        local.Headers.Location!.OriginalString.Should().Be("/rilevazioni/2019-12-31/obiettivi/C101");
    }

    [Fact]
    public async Task Returning_needs_a_note_which_reaches_the_responsabile_in_the_app_and_by_e_mail()
    {
        await app.PortaAsync(Annuale2019, "C07", StatoCompilazione.Inviato);
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var dashboard = await client.GetDocumentAsync(Dashboard + "?stato=Inviato");
        var link = dashboard.QuerySelector<IHtmlAnchorElement>("tr[data-codice='C07'] a[href*='/obiettivi/C07/restituisci']")!;
        var page = await client.GetDocumentAsync(link.PathName + link.Search);
        page.QuerySelector("main")!.TextContent.Should().Contain("Di Girolamo Gabriella");
        var userId = await app.InDbAsync(db => db.Users.Where(u => u.UserName == TestUsers.ResponsabileC06).Select(u => u.Id).SingleAsync());
        async Task<(int Notifiche, int Email)> OutboxAsync() => await app.InDbAsync(async db =>
            (await db.Notifiche.CountAsync(n => n.UserId == userId), await db.EmailInUscita.CountAsync(e => e.Destinatario == "di.girolamo.gabriella@cremona.example")));
        var outboxBefore = await OutboxAsync();

        using var empty = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("#restituisci")!, new() { ["Nota"] = " " });
        empty.StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await empty.ToDocumentAsync();
        refused.QuerySelector("#Nota-errore")!.TextContent.Should().Contain("Indicare il motivo della restituzione");
        refused.QuerySelector("#Nota")!.GetAttribute("aria-describedby").Should().Contain("Nota-errore");

        var lunga = new string('x', 2001);
        using var tooLong = await client.SubmitAsync(refused.QuerySelector<IHtmlFormElement>("#restituisci")!, new() { ["Nota"] = lunga });
        var refusedAgain = await tooLong.ToDocumentAsync();
        refusedAgain.QuerySelector("#Nota-errore")!.TextContent.Should().Be("La nota può contenere al massimo 2000 caratteri.");
        refusedAgain.QuerySelector<IHtmlTextAreaElement>("#Nota")!.Value.Should().Be(lunga, "what was typed is kept");
        (await app.ObiettivoAsync(Annuale2019, "C07")).Stato.Should().Be(StatoCompilazione.Inviato);
        (await OutboxAsync()).Should().Be(outboxBefore, "nothing is sent for a refused return");

        const string nota = "Manca il consuntivo dell'indicatore **Grado di copertura**: completarlo.";
        using var response = await client.SubmitAsync(refusedAgain.QuerySelector<IHtmlFormElement>("#restituisci")!, new() { ["Nota"] = nota });

        response.Headers.Location!.OriginalString.Should().Be(Dashboard + "?stato=Inviato");
        (await client.FollowAsync(response)).QuerySelector(".alert-success")!.TextContent.Should().Contain("Obiettivo C07 restituito");
        var item = await app.ObiettivoAsync(Annuale2019, "C07");
        item.Stato.Should().Be(StatoCompilazione.Restituito);
        item.NotaRestituzione.Should().Be(nota);
        var notifica = await app.InDbAsync(db => db.Notifiche.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id).FirstAsync());
        notifica.Titolo.Should().StartWith("Obiettivo C07 restituito");
        notifica.Testo.Should().Contain(nota);
        notifica.Link.Should().Be("/rilevazioni/2019-12-31/obiettivi/C07");
        var email = await app.InDbAsync(db => db.EmailInUscita.AsNoTracking()
            .Where(e => e.Destinatario == "di.girolamo.gabriella@cremona.example").OrderByDescending(e => e.Id).FirstAsync());
        email.Oggetto.Should().Be(notifica.Titolo);
        email.Testo.Should().Contain(nota);
        email.NomeDestinatario.Should().Be("Di Girolamo Gabriella");
        (await OutboxAsync()).Should().Be((outboxBefore.Notifiche + 1, outboxBefore.Email + 1));
        var audit = await app.InDbAsync(db => db.Audit.AsNoTracking()
            .Where(a => a.Entita == nameof(RilevazioneObiettivo) && a.EntitaId == item.Id && a.Campo == nameof(RilevazioneObiettivo.Stato))
            .OrderByDescending(a => a.Id).FirstAsync());
        audit.ValoreNuovo.Should().Be(nameof(StatoCompilazione.Restituito));
        audit.Nota.Should().Be(nota);
    }

    [Fact]
    public async Task Segreteria_reopens_one_obiettivo_of_a_closed_round_for_its_responsabile_with_a_reason()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var dashboard = await client.GetDocumentAsync("/rilevazioni/2019-06-30?stato=Validato");
        var link = dashboard.QuerySelector<IHtmlAnchorElement>("tr[data-codice='C10'] a[href*='/obiettivi/C10/riapri']")!;
        var page = await client.GetDocumentAsync(link.PathName + link.Search);

        using var empty = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("#riapri-obiettivo")!, new() { ["Motivo"] = "" });
        empty.StatusCode.Should().Be(HttpStatusCode.OK);
        (await empty.ToDocumentAsync()).QuerySelector("#Motivo-errore")!.TextContent.Should().Be("Indicare il motivo della riapertura.");
        (await app.ObiettivoAsync(Infrannuale2019, "C10")).Riaperto.Should().BeFalse();

        const string motivo = "Errore materiale nel testo pubblicato: va corretto.";
        using var response = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("#riapri-obiettivo")!, new() { ["Motivo"] = motivo });

        response.Headers.Location!.OriginalString.Should().Be("/rilevazioni/2019-06-30?stato=Validato");
        var item = await app.ObiettivoAsync(Infrannuale2019, "C10");
        item.Riaperto.Should().BeTrue();
        item.Stato.Should().Be(StatoCompilazione.Restituito);
        item.IsCompilabile.Should().BeTrue("its responsabile may correct it");
        item.Rilevazione.Stato.Should().Be(StatoRilevazione.Chiusa, "the rest of the round stays locked");
        (await app.ObiettivoAsync(Infrannuale2019, "C09")).IsAperto.Should().BeFalse();
        var audit = await app.InDbAsync(db => db.Audit.AsNoTracking()
            .Where(a => a.Entita == nameof(RilevazioneObiettivo) && a.EntitaId == item.Id && a.Campo == nameof(RilevazioneObiettivo.Riaperto))
            .SingleAsync());
        audit.Nota.Should().Be(motivo);
        var userId = await app.InDbAsync(db => db.Users.Where(u => u.UserName == TestUsers.ResponsabileC06).Select(u => u.Id).SingleAsync());
        (await app.InDbAsync(db => db.Notifiche.AnyAsync(n => n.UserId == userId && n.Titolo.StartsWith("Obiettivo C10 riaperto") && n.Testo.Contains(motivo))))
            .Should().BeTrue();

        using var twice = await client.PostWithTokenAsync(page, "/rilevazioni/2019-06-30/obiettivi/C10/riapri", [new("Motivo", "Di nuovo.")]);
        (await client.FollowAsync(twice)).QuerySelector(".alert-danger")!.TextContent.Should().Contain("già riaperto");
    }

    [Fact]
    public async Task An_obiettivo_of_an_open_round_is_returned_not_reopened()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync(Dashboard);
        var before = await app.ObiettivoAsync(Annuale2019, "C0135");
        using var response = await client.PostWithTokenAsync(page, Dashboard + "/obiettivi/C0135/riapri", [new("Motivo", "Prova.")]);
        (await client.FollowAsync(response)).QuerySelector(".alert-danger")!.TextContent.Should().Contain("si può restituire");
        (await app.ObiettivoAsync(Annuale2019, "C0135")).Version.Should().Be(before.Version);
    }

    private Task<string> GrossiIdAsync() => app.InDbAsync(async db =>
        (await db.Responsabili.Where(r => r.Nome == "Grossi Eugenia").Select(r => r.Id).SingleAsync())
            .ToString(System.Globalization.CultureInfo.InvariantCulture));
}
