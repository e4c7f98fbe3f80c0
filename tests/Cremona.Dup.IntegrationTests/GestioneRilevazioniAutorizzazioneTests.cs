using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using static Cremona.Dup.IntegrationTests.Infrastructure.RilevazioniTestData;

namespace Cremona.Dup.IntegrationTests;

/// <summary>Only Segreteria runs the rounds: every page and every action, for everybody else, is 403 and changes nothing.</summary>
public sealed class GestioneRilevazioniAutorizzazioneTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    public static TheoryData<string> Pages() => new()
    {
        "/rilevazioni",
        "/rilevazioni/nuova",
        "/rilevazioni/2019-12-31",
        "/rilevazioni/2019-12-31/modifica",
        "/rilevazioni/2019-12-31/chiudi",
        "/rilevazioni/2019-06-30/riapri",
        "/rilevazioni/2019-12-31/solleciti",
        "/rilevazioni/2019-12-31/obiettivi/C06/restituisci",
        "/rilevazioni/2019-06-30/obiettivi/C06/riapri",
    };

    /// <summary>Each action with fields that Segreteria would see succeed.</summary>
    public static TheoryData<string, string> Actions() => new()
    {
        { "/rilevazioni/nuova", "Data=2024-06-30&Titolo=Infrannuale 2024" },
        { "/rilevazioni/2019-12-31/modifica", "Titolo=Preso&ChiedeStatoAttuazione=true" },
        { "/rilevazioni/2024-12-31/apri", "" },
        { "/rilevazioni/2019-12-31/chiudi", "Conferma=true" },
        { "/rilevazioni/2019-06-30/riapri", "Motivo=Voglio modificare" },
        { "/rilevazioni/2019-12-31/obiettivi/C06/valida", "" },
        { "/rilevazioni/2019-12-31/valida", "codici=C06&codici=C07" },
        { "/rilevazioni/2019-12-31/obiettivi/C06/restituisci", "Nota=Rifare" },
        { "/rilevazioni/2019-06-30/obiettivi/C06/riapri", "Motivo=Voglio modificare" },
        { "/rilevazioni/2019-12-31/solleciti", "" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_are_403_for_controllo_a_responsabile_and_the_administrator(string url)
    {
        foreach (var user in new[] { TestUsers.Controllo, TestUsers.ResponsabileC06, TestUsers.Admin })
        {
            using var client = await app.LoginAsync(user);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{user} on {url}");
        }
        using var anonymous = app.CreateBrowserClient();
        using var redirect = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
        redirect.StatusCode.Should().Be(HttpStatusCode.Redirect);
        redirect.Headers.Location!.OriginalString.Should().Contain("/Account/Login?ReturnUrl=");
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Actions_are_403_for_controllo_and_a_responsabile_and_change_nothing(string url, string fields)
    {
        await PrepareAsync();
        var before = await SnapshotAsync();
        foreach (var user in new[] { TestUsers.Controllo, TestUsers.ResponsabileC06 })
        {
            using var client = await app.LoginAsync(user);
            var home = await client.GetDocumentAsync("/");
            using var response = await client.PostWithTokenAsync(home, url, Parse(fields));
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{user} on {url}");
        }

        using var anonymous = app.CreateBrowserClient();
        var login = await anonymous.GetDocumentAsync("/Account/Login");
        using var redirect = await anonymous.PostWithTokenAsync(login, url, Parse(fields));
        redirect.StatusCode.Should().Be(HttpStatusCode.Redirect);
        redirect.Headers.Location!.OriginalString.Should().Contain("/Account/Login");

        (await SnapshotAsync()).Should().Be(before, "nothing changes");
    }

    [Fact]
    public async Task The_same_actions_by_Segreteria_do_change_the_data()
    {
        // The control of the test above: with the same fields, Segreteria's requests are not refused.
        await PrepareAsync();
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var home = await client.GetDocumentAsync("/");
        using var response = await client.PostWithTokenAsync(home, "/rilevazioni/2019-12-31/obiettivi/C06/valida");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.ObiettivoAsync(Annuale2019, "C06")).Stato.Should().Be(StatoCompilazione.Validato);
        await app.InDbAsync(async db =>
        {
            var item = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
                .SingleAsync(r => r.Rilevazione.Data == Annuale2019 && r.Obiettivo.Codice == "C06");
            item.Restituisci("Rimesso com'era per gli altri test.");
            await db.SaveChangesAsync();
            return 0;
        });
    }

    [Fact]
    public async Task The_Rilevazioni_menu_item_is_shown_to_Segreteria_only()
    {
        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);
        (await segreteria.GetDocumentAsync("/")).QuerySelector("#menu-principale a[href='/rilevazioni']")!.TextContent.Should().Be("Rilevazioni");
        foreach (var user in new[] { TestUsers.Controllo, TestUsers.ResponsabileC06, TestUsers.Admin })
        {
            using var client = await app.LoginAsync(user);
            (await client.GetDocumentAsync("/")).QuerySelector("#menu-principale a[href='/rilevazioni']").Should().BeNull(user);
        }
    }

    private async Task PrepareAsync()
    {
        // C06 sent and a round in preparazione: so that validating, returning and opening would all succeed.
        await app.PortaAsync(Annuale2019, "C06", StatoCompilazione.Inviato);
        await app.InDbAsync(async db =>
        {
            if (!await db.Rilevazioni.AnyAsync(r => r.Data == new DateOnly(2024, 12, 31)))
            {
                db.Rilevazioni.Add(new Rilevazione(new DateOnly(2024, 12, 31), "Annuale 2024", null));
                await db.SaveChangesAsync();
            }
            return 0;
        });
    }

    private static List<KeyValuePair<string, string>> Parse(string fields) =>
        fields.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2)).Select(kv => new KeyValuePair<string, string>(kv[0], kv[1])).ToList();

    private Task<string> SnapshotAsync() => app.InDbAsync(async db =>
    {
        var rounds = await db.Rilevazioni.AsNoTracking().Select(r => $"{r.Data}|{r.Titolo}|{r.Stato}|{r.Version}").ToListAsync();
        var items = await db.RilevazioniObiettivi.AsNoTracking().Select(r => $"{r.Id}|{r.Stato}|{r.Riaperto}|{r.Version}").ToListAsync();
        var counts = $"{await db.Notifiche.CountAsync()}|{await db.EmailInUscita.CountAsync()}|{await db.SollecitiInviati.CountAsync()}|{await db.Audit.CountAsync()}";
        return string.Join("\n", rounds.Order(StringComparer.Ordinal)) + "\n" + string.Join("\n", items.Order(StringComparer.Ordinal)) + "\n" + counts;
    });
}
