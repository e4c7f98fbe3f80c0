using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// The authorization matrix of the administration: every page and every action of the accounts and the settings is
/// for the Amministratore only. Anonymous users go to the login page; every other role gets 403 and changes nothing.
/// </summary>
public sealed class AmministrazioneAutorizzazioneTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private static readonly string[] NonAdmin = [TestUsers.Segreteria, TestUsers.Controllo, TestUsers.ResponsabileC06];

    public static TheoryData<string> Pages() => new()
    {
        "/amministrazione/utenti",
        "/amministrazione/utenti?q=ma&ruolo=Responsabile&stato=attivi",
        "/amministrazione/utenti/nuovo",
        "/amministrazione/utenti/{id}",
        "/amministrazione/impostazioni",
    };

    /// <summary>Each action with the fields the Amministratore would see succeed.</summary>
    public static TheoryData<string, string> Actions() => new()
    {
        { "/amministrazione/utenti/nuovo", "UserName=intruso&NomeCompleto=Intruso&Ruoli=Amministratore" },
        { "/amministrazione/utenti/{id}", "NomeCompleto=Preso&Ruoli=Amministratore" },
        { "/amministrazione/utenti/{id}/disattiva", "" },
        { "/amministrazione/utenti/{id}/riattiva", "" },
        { "/amministrazione/utenti/{id}/sblocca", "" },
        { "/amministrazione/utenti/{id}/reimposta-password", "" },
        { "/amministrazione/impostazioni", "NomeEnte=Comune di Altrove&Version={version}" },
    };

    private async Task<string> UrlAsync(string url) =>
        url.Replace("{id}", (await app.UserAsync(TestUsers.Segreteria)).Id, StringComparison.Ordinal);

    private async Task<(int Users, int Audit, string Stamp, string Ente)> SnapshotAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var segreteria = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == TestUsers.Segreteria);
        return (await db.Users.CountAsync(), await db.Audit.CountAsync(),
            segreteria.ConcurrencyStamp + segreteria.SecurityStamp + segreteria.PasswordHash,
            (await db.ImpostazioniApplicazione.SingleAsync()).NomeEnte);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_are_for_the_administrator_only(string page)
    {
        var url = await UrlAsync(page);
        foreach (var user in NonAdmin)
        {
            using var client = await app.LoginAsync(user);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{user} on {url}");
        }
        using (var anonymous = app.CreateBrowserClient())
        using (var redirect = await anonymous.GetAsync(new Uri(url, UriKind.Relative)))
        {
            redirect.StatusCode.Should().Be(HttpStatusCode.Redirect);
            redirect.Headers.Location!.OriginalString.Should().Contain("/Account/Login?ReturnUrl=");
        }
        using var admin = await app.LoginAsync(TestUsers.Admin);
        using var ok = await admin.GetAsync(new Uri(url, UriKind.Relative));
        ok.StatusCode.Should().Be(HttpStatusCode.OK, $"the administrator on {url}");
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Actions_are_403_for_every_other_role_and_change_nothing(string action, string fields)
    {
        var url = await UrlAsync(action);
        using (var scope = app.Services.CreateScope())
            fields = fields.Replace("{version}", (await scope.ServiceProvider.GetRequiredService<AppDbContext>()
                .ImpostazioniApplicazione.SingleAsync()).Version.ToString(), StringComparison.Ordinal);
        var pairs = fields.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToList();
        var before = await SnapshotAsync();

        foreach (var user in NonAdmin)
        {
            using var client = await app.LoginAsync(user);
            using var response = await client.PostFieldsAsync(url, pairs);
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{user} on {url}");
        }
        using (var anonymous = app.CreateBrowserClient())
        using (var content = new FormUrlEncodedContent(pairs))
        using (var redirect = await anonymous.PostAsync(new Uri(url, UriKind.Relative), content))
        {
            redirect.StatusCode.Should().Be(HttpStatusCode.Redirect, $"anonymous on {url}");
            redirect.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
        }

        (await SnapshotAsync()).Should().Be(before, "a refused action saves nothing and records nothing");
    }

    [Fact]
    public async Task Only_the_administrator_sees_the_administration_menu()
    {
        foreach (var user in NonAdmin)
        {
            using var client = await app.LoginAsync(user);
            (await client.GetDocumentAsync("/")).QuerySelector("#nav-amministrazione").Should().BeNull(user);
        }
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var home = await admin.GetDocumentAsync("/");
        home.QuerySelector<IHtmlAnchorElement>("#nav-amministrazione")!.PathName.Should().Be("/amministrazione/utenti");
    }

    [Fact]
    public async Task The_default_thresholds_page_is_open_to_the_administrator_too()
    {
        using var admin = await app.LoginAsync(TestUsers.Admin);
        using var response = await admin.GetAsync(new Uri("/indicatori/impostazioni", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var settings = await admin.GetDocumentAsync("/amministrazione/impostazioni");
        settings.QuerySelector("a[href='/indicatori/impostazioni']").Should().NotBeNull();
        var form = (await admin.GetDocumentAsync("/indicatori/impostazioni")).QuerySelector<IHtmlFormElement>("form#soglie")!;

        using var saved = await admin.SubmitAsync(form, new() { ["SogliaRaggiunto"] = "95", ["SogliaParziale"] = "75" });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var scope = app.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ImpostazioniIndicatori.AsNoTracking().SingleAsync();
        row.SogliaRaggiunto.Should().Be(95m);
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Audit.AsNoTracking()
            .AnyAsync(a => a.Entita == nameof(ImpostazioniIndicatori) && a.Utente == TestUsers.Admin)).Should().BeTrue();
    }

    [Fact]
    public async Task The_logo_address_is_public_and_404_without_a_logo()
    {
        using var anonymous = app.CreateBrowserClient();
        using var response = await anonymous.GetAsync(new Uri("/ente/logo", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
