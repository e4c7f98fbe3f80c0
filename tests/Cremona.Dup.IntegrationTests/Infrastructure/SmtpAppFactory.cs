using System.Globalization;
using System.Net;
using netDumbster.smtp;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>
/// The app in <c>Email:Modalita=Smtp</c> towards a loopback port of its own, where a test starts a real SMTP listener
/// (netDumbster) when it wants the server up. No demo data: the outbox needs none.
/// </summary>
public class SmtpAppFactory : DupAppFactory
{
    public const string BaseUrl = "https://dup.comune.cremona.example/";

    public int SmtpPort { get; } = FreePort.Next();

    protected override bool DemoEnabled => false;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Modalita"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Sicurezza"] = "None",
        ["Email:BaseUrl"] = BaseUrl,
    };

    public SimpleSmtpServer StartSmtpServer() =>
        Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(SmtpPort).Build();
}
