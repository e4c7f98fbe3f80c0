using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data.Seeding;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.IntegrationTests;

public sealed class LoginTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    public static TheoryData<string, string> DemoAccounts()
    {
        var data = new TheoryData<string, string>
        {
            { "segreteria", "Segreteria Generale" },
            { "controllo", "Controllo di gestione" },
            { "admin", "Amministratore di sistema" },
        };
        var gestionali = DatasetFiles.LoadPlan().Programmi.SelectMany(p => p.ObiettiviOperativi)
            .Select(o => o.ResponsabileGestionale).Distinct();
        foreach (var nome in gestionali)
            data.Add(UserNames.FromPersonName(nome), "Responsabile di settore");
        return data;
    }

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Every_demo_account_logs_in_and_lands_on_the_home_page(string userName, string ruolo)
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.LoginAsync(userName, TestUsers.Password);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/");
        var home = await client.GetDocumentAsync("/");
        home.QuerySelector("p.lead")!.TextContent.Should().Contain(ruolo);
    }

    [Fact]
    public void The_demo_has_one_account_per_responsabile_gestionale_named_as_decisions_say()
    {
        var names = DemoAccounts().Select(row => (string)row[0]).ToList();
        names.Should().Contain(["di.girolamo.gabriella", "pesaro.mara", "grossi.eugenia", "secchi.tania.antonella"]);
        names.Should().OnlyHaveUniqueItems();
        names.Should().HaveCount(3 + 14);
    }

    [Fact]
    public async Task A_responsabile_sees_the_obiettivi_they_are_responsible_for_on_the_home_page()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var home = await client.GetDocumentAsync("/");
        var codes = home.QuerySelectorAll("#miei-obiettivi ~ ul a .codice").Select(e => e.TextContent).ToList();
        var expected = DatasetFiles.LoadPlan().Programmi.SelectMany(p => p.ObiettiviOperativi)
            .Where(o => o.ResponsabileGestionale == "Di Girolamo Gabriella").Select(o => o.Codice).ToList();
        expected.Should().HaveCount(16);
        codes.Should().Equal(expected, "the list holds exactly the obiettivi of the responsabile, in plan order");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Italian_and_keeps_the_user_name()
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.LoginAsync(TestUsers.Controllo, "sbagliata-123");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector(".alert-danger")!.TextContent.Should().Contain("Nome utente o password non corretti.");
        page.QuerySelector<IHtmlInputElement>("#UserName")!.Value.Should().Be(TestUsers.Controllo);
        page.QuerySelector<IHtmlInputElement>("#Password")!.Value.Should().BeEmpty("a password is never sent back");
    }

    [Fact]
    public async Task Empty_fields_get_Italian_messages()
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.LoginAsync("", "");
        var page = await response.ToDocumentAsync();
        var summary = page.QuerySelector(".alert-danger")!.TextContent;
        summary.Should().Contain("Indicare il nome utente.").And.Contain("Indicare la password.");
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.LoginAsync("nessuno", "qualsiasi-password");
        var page = await response.ToDocumentAsync();
        page.QuerySelector(".alert-danger")!.TextContent.Should().Contain("Nome utente o password non corretti.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        using var client = app.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
            (await client.LoginAsync("viani.paolo", "sbagliata-123")).Dispose();

        using var response = await client.LoginAsync("viani.paolo", TestUsers.Password);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector(".alert-danger")!.TextContent.Should().Contain("Account temporaneamente bloccato");
    }

    [Fact]
    public async Task Login_returns_to_the_requested_page_but_never_to_another_site()
    {
        using var client = app.CreateBrowserClient();
        var page = await client.GetDocumentAsync("/Account/Login?ReturnUrl=%2Fobiettivi%2FC06");
        using var ok = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#login")!,
            new() { ["UserName"] = TestUsers.Segreteria, ["Password"] = TestUsers.Password });
        ok.Headers.Location!.OriginalString.Should().Be("/obiettivi/C06");

        using var other = app.CreateBrowserClient();
        page = await other.GetDocumentAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F");
        using var evil = await other.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#login")!,
            new() { ["UserName"] = TestUsers.Segreteria, ["Password"] = TestUsers.Password });
        evil.Headers.Location!.OriginalString.Should().Be("/");
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var home = await client.GetDocumentAsync("/");
        using var response = await client.SubmitAsync(home.QuerySelector<IHtmlFormElement>("form[action='/Account/Logout']")!, []);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var after = await client.GetAsync(new Uri("/programmi", UriKind.Relative));
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
    }

    [Fact]
    public async Task The_session_cookie_is_HttpOnly_Secure_and_SameSite()
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.LoginAsync(TestUsers.Segreteria, TestUsers.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CremonaDup.Auth=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("secure").And.Contain("samesite=lax");
    }
}
