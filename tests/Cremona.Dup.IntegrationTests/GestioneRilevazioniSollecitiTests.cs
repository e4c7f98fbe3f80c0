using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using static Cremona.Dup.IntegrationTests.Infrastructure.RilevazioniTestData;

namespace Cremona.Dup.IntegrationTests;

/// <summary>"Invia sollecito": the preview lists exactly the responsabili with work left, the sending writes what it showed.</summary>
public sealed class GestioneRilevazioniSollecitiTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private async Task PrepareAsync()
    {
        // Vescovi Mario has sent all three of his obiettivi: nothing to remind him of.
        await app.PortaAsync(Annuale2019, "C22", StatoCompilazione.Inviato);
        await app.PortaAsync(Annuale2019, "C25", StatoCompilazione.Validato);
        await app.PortaAsync(Annuale2019, "C31", StatoCompilazione.Inviato);
        // Sforza Pierluigi has one returned obiettivo left: he is reminded of it only.
        await app.PortaAsync(Annuale2019, "C38", StatoCompilazione.Validato);
        await app.PortaAsync(Annuale2019, "C39", StatoCompilazione.Inviato);
        await app.PortaAsync(Annuale2019, "C40", StatoCompilazione.Restituito);
        // Secchi Tania Antonella has a draft and two to write.
        await app.PortaAsync(Annuale2019, "C20", StatoCompilazione.Bozza);
    }

    [Fact]
    public async Task The_preview_lists_exactly_the_responsabili_with_work_left_and_the_exact_message()
    {
        await PrepareAsync();
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var dashboard = await client.GetDocumentAsync("/rilevazioni/2019-12-31");
        var page = await client.GetDocumentAsync(dashboard.QuerySelector<IHtmlAnchorElement>("a[href='/rilevazioni/2019-12-31/solleciti']")!.PathName);

        var sections = page.QuerySelectorAll("section.sollecito");
        var names = sections.Select(s => s.GetAttribute("data-responsabile")).ToList();
        names.Should().HaveCount(13).And.NotContain("Vescovi Mario").And.Contain(["Sforza Pierluigi", "Di Girolamo Gabriella"]);

        var sforza = sections.Single(s => s.GetAttribute("data-responsabile") == "Sforza Pierluigi");
        sforza.QuerySelector(".indirizzi")!.TextContent.Trim().Should().Be("sforza.pierluigi@cremona.example");
        var scadenza = Formats.Oggi(TimeProvider.System).AddDays(21);
        sforza.QuerySelector(".oggetto")!.TextContent.Should().Be($"Sollecito: Annuale 2019, 1 obiettivo da completare entro il {Formats.Data(scadenza)}");
        var testo = sforza.QuerySelector(".testo-sollecito")!.TextContent;
        testo.Should().Contain("Gentile Sforza Pierluigi,").And.Contain("/rilevazioni/2019-12-31/obiettivi/C40")
            .And.Contain("restituito dalla Segreteria Generale").And.Contain("mancano 21 giorni")
            .And.NotContain("C38").And.NotContain("C39");

        var secchi = sections.Single(s => s.GetAttribute("data-responsabile") == "Secchi Tania Antonella").QuerySelector(".testo-sollecito")!.TextContent;
        secchi.Should().Contain("C20").And.Contain("in bozza").And.Contain("C21").And.Contain("C56").And.Contain("3 obiettivi operativi");
        page.QuerySelector("#invia-solleciti button")!.TextContent.Should().Be("Invia i 13 solleciti");
    }

    [Fact]
    public async Task Sending_writes_one_log_row_notification_and_e_mail_per_responsabile()
    {
        await PrepareAsync();
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/rilevazioni/2019-12-31/solleciti");
        var expected = page.QuerySelectorAll("section.sollecito").Select(s => s.GetAttribute("data-responsabile")!).ToList();
        var girolamoText = page.QuerySelectorAll("section.sollecito")
            .Single(s => s.GetAttribute("data-responsabile") == "Di Girolamo Gabriella").QuerySelector(".oggetto")!.TextContent;
        var before = await app.InDbAsync(db => db.SollecitiInviati.CountAsync());

        using var response = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("#invia-solleciti")!, []);

        response.Headers.Location!.OriginalString.Should().Be("/rilevazioni/2019-12-31");
        (await client.FollowAsync(response)).QuerySelector(".alert-success")!.TextContent.Should().Be($"Solleciti inviati a {expected.Count} responsabili.");
        var log = await app.InDbAsync(db => db.SollecitiInviati.AsNoTracking().OrderByDescending(s => s.Id).Take(expected.Count)
            .Join(db.Responsabili, s => s.ResponsabileId, r => r.Id, (s, r) => new { r.Nome, s.Regola, s.Destinatario, s.InviatoAtUtc })
            .ToListAsync());
        (await app.InDbAsync(db => db.SollecitiInviati.CountAsync())).Should().Be(before + expected.Count);
        log.Select(l => l.Nome).Should().BeEquivalentTo(expected, "one row per responsabile with work left");
        log.Should().OnlyContain(l => l.Regola.StartsWith("manuale-", StringComparison.Ordinal) && l.Regola.Length == "manuale-".Length + 14);
        log.Single(l => l.Nome == "Di Girolamo Gabriella").Destinatario.Should().Be("di.girolamo.gabriella@cremona.example");

        var emails = await app.InDbAsync(db => db.EmailInUscita.AsNoTracking().Where(e => e.Oggetto.StartsWith("Sollecito: Annuale 2019")).ToListAsync());
        emails.Select(e => e.NomeDestinatario).Should().BeEquivalentTo(expected);
        emails.Single(e => e.NomeDestinatario == "Di Girolamo Gabriella").Oggetto.Should().Be(girolamoText);
        emails.Should().NotContain(e => e.NomeDestinatario == "Vescovi Mario");
        var userId = await app.InDbAsync(db => db.Users.Where(u => u.UserName == TestUsers.ResponsabileC06).Select(u => u.Id).SingleAsync());
        (await app.InDbAsync(db => db.Notifiche.CountAsync(n => n.UserId == userId && n.Titolo == girolamoText))).Should().Be(1);
    }

    [Fact]
    public async Task A_closed_round_has_no_reminders_and_a_post_writes_nothing()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/rilevazioni/2019-06-30/solleciti");
        page.QuerySelector("main")!.TextContent.Should().Contain("I solleciti si inviano solo per una rilevazione aperta.");
        page.QuerySelector("#invia-solleciti").Should().BeNull();
        var before = await app.InDbAsync(async db => (await db.SollecitiInviati.CountAsync(), await db.EmailInUscita.CountAsync()));

        using var response = await client.PostWithTokenAsync(page, "/rilevazioni/2019-06-30/solleciti");

        (await client.FollowAsync(response)).QuerySelector(".alert-danger")!.TextContent.Should().Contain("solo per una rilevazione aperta");
        (await app.InDbAsync(async db => (await db.SollecitiInviati.CountAsync(), await db.EmailInUscita.CountAsync()))).Should().Be(before);
    }
}
