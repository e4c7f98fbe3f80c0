using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.IntegrationTests.Sicurezza;

/// <summary>Every POST of the app, sent by a user allowed to make it but without the antiforgery token: 400, nothing changed.</summary>
public sealed class AntiforgeryTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    [Fact]
    public void The_global_filter_validates_every_POST_and_no_endpoint_opts_out()
    {
        app.Services.GetRequiredService<IOptions<MvcOptions>>().Value.Filters
            .Should().ContainSingle(f => f is AutoValidateAntiforgeryTokenAttribute);
        var optedOut = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IAntiforgeryPolicy>() is IgnoreAntiforgeryTokenAttribute
                || e.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false })
            .Select(e => ((RouteEndpoint)e).RoutePattern.RawText).ToList();
        optedOut.Should().BeEquivalentTo(["errore", "errore/{code:int}"],
            "only the error pages, which change nothing and are re-executed for refused POSTs, skip the check");
    }

    [Fact]
    public async Task Every_POST_without_token_by_an_allowed_user_gets_400_and_changes_nothing()
    {
        var ids = await AuthorizationMatrixTests.IdsAsync(app);
        var before = await app.FingerprintAsync();
        var posts = AuthorizationMatrixTests.Matrix.Where(r => r.Value.Method == "POST").ToList();
        posts.Should().HaveCountGreaterThan(35);
        var failures = new List<string>();
        foreach (var (key, row) in posts)
        {
            var user = AuthorizationMatrixTests.Users.Prepend(AuthorizationMatrixTests.Anonimo)
                .First(u => row.Expected[u] == AuthorizationMatrixTests.Allowed);
            using var client = user == AuthorizationMatrixTests.Anonimo ? app.CreateBrowserClient() : await app.LoginAsync(user);
            var url = AuthorizationMatrixTests.Fill(row.Url, ids);
            using var content = new FormUrlEncodedContent([new("UserName", TestUsers.Segreteria), new("Password", TestUsers.Password)]);
            using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
            if (response.StatusCode != HttpStatusCode.BadRequest)
                failures.Add($"{user} POST {url}: {(int)response.StatusCode}");
            else if (!(await response.Content.ReadAsStringAsync()).Contains("Richiesta non valida", StringComparison.Ordinal))
                failures.Add($"{user} POST {url}: 400 without the Italian error page");
        }
        failures.Should().BeEmpty();
        (await app.FingerprintAsync()).Should().Be(before, "a POST without token changes nothing");
    }

    [Fact]
    public async Task A_login_without_token_does_not_sign_in()
    {
        using var client = app.CreateBrowserClient();
        using var content = new FormUrlEncodedContent([new("UserName", TestUsers.Segreteria), new("Password", TestUsers.Password)]);
        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])
            .Should().NotContain(c => c.StartsWith("CremonaDup.Auth=", StringComparison.Ordinal));
    }
}
