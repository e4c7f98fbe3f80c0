using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// Referenti: a collaborator made referente of Di Girolamo Gabriella (responsabile of C06) on the account page sees and
/// drafts her obiettivi, never sends them, and cannot touch anybody else's.
/// </summary>
public sealed class ReferentiTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private const string Referente = "collaboratore.c06";
    private const string Password = "Collabora.2026";

    private async Task<string> AltroObiettivoAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ObiettiviOperativi
            .Where(o => o.ResponsabileGestionale.Nome != "Di Girolamo Gabriella")
            .OrderBy(o => o.Id).Select(o => o.Codice).FirstAsync();
    }

    private async Task EnsureReferenteAsync()
    {
        var exists = false;
        using (var scope = app.Services.CreateScope())
            exists = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.UserName == Referente);
        if (exists) return;
        var user = await app.CreateUserAsync(Referente, Password, []);
        var responsabile = await app.ResponsabileIdAsync("Di Girolamo Gabriella");
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var form = (await admin.GetDocumentAsync($"/amministrazione/utenti/{user.Id}")).QuerySelector<IHtmlFormElement>("form#account")!;
        form.Check("Referenti", responsabile.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var saved = await admin.SubmitAsync(form, new());
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.AccountAuditAsync(user.Id)).Should().ContainSingle(a => a.Campo == "Referenti" && a.ValoreNuovo == "Di Girolamo Gabriella");
    }

    [Fact]
    public async Task A_referente_sees_the_responsabile_s_obiettivi_among_their_activities()
    {
        await EnsureReferenteAsync();
        using var client = await app.LoginAsync(Referente, Password);
        var home = await client.GetDocumentAsync("/");
        home.QuerySelector("#mie-attivita").Should().NotBeNull();
        home.QuerySelectorAll("#mie-attivita ~ div table .codice").Select(e => e.TextContent).Should().Contain("C06");
        var indicatori = await client.GetDocumentAsync("/indicatori");
        IndicatoriAttesi.Totale(indicatori).Should().BeGreaterThan(0, "a referente sees the indicators of the obiettivi they follow");
    }

    [Fact]
    public async Task A_referente_saves_a_draft_but_gets_403_on_sending()
    {
        await EnsureReferenteAsync();
        using var client = await app.LoginAsync(Referente, Password);
        var page = await client.GetDocumentAsync("/rilevazioni/2019-12-31/obiettivi/C06");
        page.QuerySelector("button[value='invia']").Should().BeNull("only the responsabile sends");
        var form = page.QuerySelector<IHtmlFormElement>("form#rilevazione")!;

        using var saved = await client.SubmitAsync(form, new() { ["StatoAttuazione"] = "Bozza del referente." });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var item = await app.ItemAsync(RoundState.Aperta, "C06");
        item.StatoAttuazione.Should().Be("Bozza del referente.");
        item.Stato.Should().Be(StatoCompilazione.Bozza);

        page = await client.GetDocumentAsync("/rilevazioni/2019-12-31/obiettivi/C06");
        form = page.QuerySelector<IHtmlFormElement>("form#rilevazione")!;
        var send = page.CreateElement<IHtmlButtonElement>();
        send.Name = "Azione";
        send.Value = "invia";
        send.Type = "submit";
        form.AppendChild(send);
        using var sent = await client.SubmitAsync(form, new() { ["StatoAttuazione"] = "Inviato dal referente?" }, send);

        sent.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var after = await app.ItemAsync(RoundState.Aperta, "C06");
        after.Stato.Should().Be(StatoCompilazione.Bozza);
        after.StatoAttuazione.Should().Be("Bozza del referente.");
    }

    [Fact]
    public async Task A_referente_cannot_read_or_save_another_responsabile_s_obiettivo()
    {
        await EnsureReferenteAsync();
        var codice = await AltroObiettivoAsync();
        var before = await app.ItemAsync(RoundState.Aperta, codice);
        using var client = await app.LoginAsync(Referente, Password);
        using (var get = await client.GetAsync(new Uri($"/rilevazioni/2019-12-31/obiettivi/{codice}", UriKind.Relative)))
            get.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        using var post = await client.PostFieldsAsync($"/rilevazioni/2019-12-31/obiettivi/{codice}",
            [new("Version", before.Version.ToString()), new("StatoAttuazione", "Non mio"), new("Azione", "salva")]);

        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.ItemAsync(RoundState.Aperta, codice)).Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task The_referente_claim_follows_the_account_and_the_responsabile_still_sends()
    {
        await EnsureReferenteAsync();
        var responsabile = await app.ResponsabileIdAsync("Di Girolamo Gabriella");
        (await app.UserAsync(Referente)).Referenze.Select(r => r.ResponsabileId).Should().Equal(responsabile);
        using var owner = await app.LoginAsync(TestUsers.ResponsabileC06);
        var page = await owner.GetDocumentAsync("/rilevazioni/2019-12-31/obiettivi/C06");
        page.QuerySelector("button[value='invia']").Should().NotBeNull("the responsabile keeps the send button");
        (await app.RolesAsync(Referente)).Should().BeEmpty("a referente needs no role: the link is the permission");
        Roles.All.Should().NotContain("Referente");
    }
}
