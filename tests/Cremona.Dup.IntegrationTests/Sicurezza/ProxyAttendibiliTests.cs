using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Sicurezza;

/// <summary>
/// Behind a reverse proxy: the app trusts X-Forwarded-For only from <c>Sicurezza:ProxyAttendibili</c>, so the login
/// limit counts each client behind the proxy, and a client that writes the header itself cannot escape the limit.
/// </summary>
public sealed class ProxyAttendibiliTests(ProxyAttendibiliTests.Factory app) : IClassFixture<ProxyAttendibiliTests.Factory>
{
    private const string Proxy = "10.9.0.1";

    public sealed class Factory : DupAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Sicurezza:LoginPerMinuto"] = "2",
            ["Sicurezza:ProxyAttendibili"] = $"{Proxy}, 10.8.0.0/16",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, LoginRateLimitAppFactory.ClientAddressFilter>());
        }
    }

    private HttpClient Client(string connectionAddress, string? forwardedFor)
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.Add(LoginRateLimitAppFactory.ClientHeader, connectionAddress);
        if (forwardedFor is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    private static async Task<HttpStatusCode[]> AttemptsAsync(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await client.LoginAsync(TestUsers.Controllo, "sbagliata-123");
            statuses.Add(response.StatusCode);
        }
        return [.. statuses];
    }

    [Fact]
    public async Task Through_the_trusted_proxy_each_client_has_its_own_login_allowance()
    {
        using var first = Client(Proxy, "203.0.113.10");
        using var second = Client(Proxy, "203.0.113.11");
        using var inNetwork = Client("10.8.4.2", "203.0.113.12");

        (await AttemptsAsync(first, 3)).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        (await AttemptsAsync(second, 1)).Should().Equal([HttpStatusCode.OK], "a second client behind the same proxy is not limited by the first");
        (await AttemptsAsync(inNetwork, 1)).Should().Equal([HttpStatusCode.OK], "a proxy inside a trusted network is believed too");
    }

    [Fact]
    public async Task A_client_that_is_not_a_trusted_proxy_cannot_choose_its_address_with_the_header()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var spoofing = Client("198.51.100.7", $"192.0.2.{i + 1}");
            statuses.AddRange(await AttemptsAsync(spoofing, 1));
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData(Proxy, "http://")]
    [InlineData("198.51.100.7", "https://")]
    public async Task The_forwarded_scheme_is_believed_only_from_a_trusted_proxy(string connectionAddress, string expected)
    {
        // The test client speaks https; a proxy that says the client came over http must change what the app sees.
        using var client = Client(connectionAddress, "203.0.113.20");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "http");
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith(expected + "localhost/Account/Login");
    }
}
