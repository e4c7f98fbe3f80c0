using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.IntegrationTests.Piano;

/// <summary>Only Segreteria edits the plan: every /piano page and action is 403 for everybody else and changes nothing.</summary>
public sealed class PianoAutorizzazioneTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private static readonly string[] Altri = [TestUsers.Controllo, TestUsers.ResponsabileC06, TestUsers.Admin];

    public static TheoryData<string> Pages() => new()
    {
        "/piano",
        "/piano?ritirati=true",
        "/piano/missioni/1",
        "/piano/missioni/1/programmi/nuovo",
        "/piano/programmi/1.02",
        "/piano/programmi/1.02/obiettivi/nuovo",
        "/piano/programmi/1.02/ritira",
        "/piano/strategici/nuovo",
        "/piano/strategici/B01",
        "/piano/strategici/B01/elimina",
        "/piano/obiettivi/C06",
        "/piano/obiettivi/C06/ritira",
        "/piano/obiettivi/C06/indicatori/nuovo",
        "/piano/indicatori/1",
        "/piano/indicatori/1/ritira",
        "/piano/nuovo-anno",
    };

    /// <summary>Each action with fields that Segreteria would see succeed.</summary>
    public static TheoryData<string, string> Actions() => new()
    {
        { "/piano/missioni/1", "Nome=Preso" },
        { "/piano/missioni/1/programmi/nuovo", "Codice=1.30&Nome=Preso" },
        { "/piano/programmi/1.02", "Nome=Preso" },
        { "/piano/programmi/1.02/obiettivi/nuovo", "Codice=C990&Nome=Preso&Programma=1.02&ResponsabileGestionale=1" },
        { "/piano/programmi/1.02/ritira", "" },
        { "/piano/strategici/nuovo", "Codice=B990&Nome=Preso" },
        { "/piano/strategici/B01", "Nome=Preso" },
        { "/piano/obiettivi/C06", "Nome=Preso&Programma=1.02&ResponsabileGestionale=1" },
        { "/piano/obiettivi/C06/ritira", "" },
        { "/piano/obiettivi/C0135/ripristina", "" },
        { "/piano/obiettivi/C06/indicatori/nuovo", "Nome=Preso&PrimoAnno=2019&UltimoAnno=2019" },
        { "/piano/indicatori/1", "Nome=Preso&PrimoAnno=2015&UltimoAnno=2025" },
        { "/piano/indicatori/1/elimina", "" },
        { "/piano/nuovo-anno", "anno=2020" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_are_403_for_everybody_but_Segreteria_and_anonymous_goes_to_login(string url)
    {
        foreach (var user in Altri)
        {
            using var client = await app.LoginAsync(user);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{user} on {url}");
        }
        using var anonymous = app.CreateBrowserClient();
        using var redirect = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
        redirect.StatusCode.Should().Be(HttpStatusCode.Redirect);
        redirect.Headers.Location!.OriginalString.Should().Contain("/Account/Login?ReturnUrl=");

        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);
        using var ok = await segreteria.GetAsync(new Uri(url, UriKind.Relative));
        ok.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Actions_are_403_for_everybody_but_Segreteria_and_change_nothing(string url, string fields)
    {
        var before = await SnapshotAsync();
        foreach (var user in Altri)
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
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.PostAsync(new Uri("/piano/missioni/1", UriKind.Relative),
            new FormUrlEncodedContent([new("Nome", "Senza token")]));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.InDbAsync(db => db.Missioni.AnyAsync(m => m.Nome == "Senza token"))).Should().BeFalse();
    }

    private Task<string> SnapshotAsync() => app.InDbAsync(async db =>
        string.Join('|',
            await db.Audit.CountAsync(),
            await db.Programmi.CountAsync(),
            await db.ObiettiviOperativi.CountAsync(),
            await db.ObiettiviStrategici.CountAsync(),
            await db.Indicatori.CountAsync(),
            await db.Programmi.CountAsync(p => p.Ritirato),
            await db.ObiettiviOperativi.CountAsync(o => o.Ritirato),
            await db.Piano.Select(p => p.AnnoCorrente).SingleAsync(),
            await db.Missioni.Where(m => m.Numero == 1).Select(m => m.Nome).SingleAsync(),
            await db.Programmi.Where(p => p.Codice == "1.02").Select(p => p.Nome).SingleAsync()));

    private static List<KeyValuePair<string, string>> Parse(string fields) =>
        fields.Length == 0
            ? []
            : fields.Split('&').Select(f => f.Split('=', 2)).Select(kv => new KeyValuePair<string, string>(kv[0], kv[1])).ToList();
}
