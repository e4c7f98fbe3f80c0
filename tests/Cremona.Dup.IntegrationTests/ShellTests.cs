using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;

namespace Cremona.Dup.IntegrationTests;

public sealed class ShellTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    [Fact]
    public async Task Health_is_200_with_the_database_reachable_and_needs_no_login()
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/programmi")]
    [InlineData("/programmi/1.02")]
    [InlineData("/obiettivi/C06")]
    [InlineData("/partecipate")]
    [InlineData("/cerca?q=C06")]
    public async Task Anonymous_requests_are_redirected_to_login(string url)
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/Account/Login?ReturnUrl=");
    }

    [Theory]
    [InlineData("/programmi/99.99")]
    [InlineData("/programmi/non-esiste")]
    [InlineData("/obiettivi/C9999")]
    [InlineData("/obiettivi/%3Cscript%3E")]
    [InlineData("/partecipate/999999")]
    [InlineData("/pagina-che-non-esiste")]
    public async Task Unknown_codes_give_an_Italian_404_page(string url)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("h1")!.TextContent.Should().Be("Pagina non trovata");
        page.DocumentElement.GetAttribute("lang").Should().Be("it");
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        csp.Should().Contain("script-src 'self'").And.Contain("style-src 'self'").And.Contain("frame-ancestors 'none'");
        csp.Should().NotContain("unsafe-inline", "neither scripts nor styles may be inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("same-origin");
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        using var client = app.CreateBrowserClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = TestUsers.Segreteria,
            ["Password"] = TestUsers.Password,
        });
        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        // The Italian 400 page may set the antiforgery cookie of its own forms, never the session cookie.
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])
            .Should().NotContain(c => c.StartsWith("CremonaDup.Auth=", StringComparison.Ordinal), "no session must be opened");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Richiesta non valida");
    }

    [Fact]
    public async Task Pages_use_the_Bootstrap_Italia_layout_served_from_npm_assets()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/");
        var css = page.QuerySelector("link[href*='bootstrap-italia.min.css']")!.GetAttribute("href")!;
        using var asset = await client.GetAsync(new Uri(css, UriKind.Relative));
        asset.StatusCode.Should().Be(HttpStatusCode.OK, "the MSBuild target copies Bootstrap Italia from node_modules");
        page.QuerySelector(".it-header-wrapper")!.TextContent.Should().Contain("Comune di Cremona");
        page.QuerySelector("a.visually-hidden-focusable[href='#contenuto']").Should().NotBeNull("a skip link leads to the content");
        page.QuerySelectorAll("script:not([src])").Should().BeEmpty("the CSP allows no inline script");
    }
}
