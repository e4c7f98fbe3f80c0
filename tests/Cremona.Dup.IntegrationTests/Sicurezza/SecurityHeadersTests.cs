using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cremona.Dup.IntegrationTests.Sicurezza;

/// <summary>The security headers on every kind of response: pages, static files, errors, health, downloads.</summary>
public sealed class SecurityHeadersTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    public static TheoryData<string, int> Urls() => new()
    {
        { "/", 200 },
        { "/obiettivi/C06", 200 },
        { "/lib/bootstrap-italia/bootstrap-italia.min.css", 200 },
        { "/js/site.js", 200 },
        { "/non-esiste", 404 },
        { "/obiettivi/Z99", 404 },
        { "/amministrazione/utenti", 403 },
        { "/errore", 500 },
        { "/health", 200 },
        { "/report/allegato6.xlsx?data=2019-06-30&programma=1.02", 200 },
        { "/report/allegato6.pdf?data=2019-06-30&programma=1.02", 200 },
        { "/indicatori.xlsx?programma=1.02", 200 },
        { "/indicatori.csv?programma=1.02", 200 },
        { "/piano/modello.xlsx", 403 },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Every_response_carries_the_security_headers(string url, int status)
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        ((int)response.StatusCode).Should().Be(status, url);
        AssertHeaders(response, url);
    }

    [Fact]
    public async Task Anonymous_pages_and_a_POST_refused_for_its_token_carry_them_too()
    {
        using var client = app.CreateBrowserClient();
        using (var login = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative))) AssertHeaders(login, "login");
        using var post = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent([]));
        post.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        AssertHeaders(post, "400");
    }

    internal static void AssertHeaders(HttpResponseMessage response, string url)
    {
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        scriptSrc.Should().Be("script-src 'self'", $"{url}: scripts only from this origin, no inline scripts");
        csp.Should().Contain("frame-ancestors 'none'").And.Contain("object-src 'none'").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal(["nosniff"], url);
        response.Headers.GetValues("X-Frame-Options").Should().Equal(["DENY"], url);
        response.Headers.GetValues("Referrer-Policy").Should().Equal(["same-origin"], url);
    }
}

/// <summary>HSTS is sent outside development only (on HTTPS, for a real host name: localhost is excluded).</summary>
public sealed class HstsTests
{
    private sealed class EnvironmentFactory(string environment) : DupAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
        }
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public async Task Strict_Transport_Security_only_outside_development(string environment, bool expected)
    {
        using var app = new EnvironmentFactory(environment);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://dup.comune.cremona.example"),
        });
        using var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").Should().Be(expected, environment);
        if (expected) response.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=");
        SecurityHeadersTests.AssertHeaders(response, environment);
    }
}
