using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Sicurezza;

/// <summary>The app with 3 login attempts per minute per address; the test server takes the address from a header.</summary>
public sealed class LoginRateLimitAppFactory : DupAppFactory
{
    public const string ClientHeader = "X-Test-Client-Ip";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Sicurezza:LoginPerMinuto"] = "3" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
    }

    /// <summary>Sets the connection's address from <see cref="ClientHeader"/>, before the app's pipeline.</summary>
    internal sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var ip))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class LoginRateLimitTests(LoginRateLimitAppFactory app) : IClassFixture<LoginRateLimitAppFactory>
{
    private HttpClient ClientFrom(string ip)
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.Add(LoginRateLimitAppFactory.ClientHeader, ip);
        return client;
    }

    [Fact]
    public async Task The_fourth_login_attempt_in_a_minute_from_one_address_gets_429_in_Italian_with_Retry_After()
    {
        using var client = ClientFrom("10.0.0.1");
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await client.LoginAsync(TestUsers.Controllo, "sbagliata-123");
            wrong.StatusCode.Should().Be(HttpStatusCode.OK, "the first attempts are answered normally");
        }

        using var limited = await client.LoginAsync(TestUsers.Segreteria, TestUsers.Password);
        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        (await limited.Content.ReadAsStringAsync()).Should().Contain("Troppi tentativi di accesso");
        (limited.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])
            .Should().NotContain(c => c.StartsWith("CremonaDup.Auth=", StringComparison.Ordinal), "even the right password does not sign in");

        using var page = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        page.StatusCode.Should().Be(HttpStatusCode.OK, "only the attempts are limited, not the login page");

        using var other = ClientFrom("10.0.0.2");
        using var ok = await other.LoginAsync(TestUsers.Segreteria, TestUsers.Password);
        ok.StatusCode.Should().Be(HttpStatusCode.Redirect, "another address has its own allowance");
    }
}
