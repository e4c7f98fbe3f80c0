using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Cremona.Dup.Web.Infrastructure.Web;

/// <summary>
/// The reverse proxies the app is published behind (<c>Sicurezza:ProxyAttendibili</c>: addresses or networks in CIDR
/// form, separated by commas). Only from those addresses are <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// believed: the client's address then counts for the login limit and appears in the logs, and the scheme is the
/// client's (HTTPS). From any other address the headers are ignored, so a client cannot choose its own address. Empty
/// (the default): no header is believed.
/// </summary>
public static class ProxyAttendibili
{
    public const string SettingKey = "Sicurezza:ProxyAttendibili";

    /// <summary>Whether any proxy is configured (the middleware is added only then).</summary>
    public static bool Configured(IConfiguration configuration) => Parse(configuration[SettingKey]).Count > 0;

    public static IServiceCollection AddProxyAttendibili(this IServiceCollection services, IConfiguration configuration)
    {
        var networks = Parse(configuration[SettingKey]);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
            options.ForwardLimit = 1; // one proxy in front: its own entry is the client
        });
        return services;
    }

    /// <summary>The configured networks (a single address is a network of one); an Italian error for a wrong entry.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> Parse(string? setting)
    {
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in (setting ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPNetwork.TryParse(entry, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(entry, out var address))
                networks.Add(new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            else
                throw new InvalidOperationException(
                    $"{SettingKey}: «{entry}» non è un indirizzo IP né una rete in forma CIDR (per esempio 10.0.0.5 oppure 10.0.0.0/24).");
        }
        return networks;
    }
}
