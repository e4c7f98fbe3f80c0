using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>Sends each message through the SMTP server of <c>Email:Smtp</c> with MailKit.</summary>
public sealed class SmtpEmailTransport(IOptionsMonitor<EmailOptions> options) : IEmailTransport
{
    private const int TimeoutMilliseconds = 30_000;

    public async Task InviaAsync(MimeMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.CurrentValue.Smtp; // read per message: the Amministratore may change the server
        using var client = new SmtpClient { Timeout = TimeoutMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host ?? "", smtp.Port, smtp.Sicurezza switch
            {
                SicurezzaSmtp.SslOnConnect => SecureSocketOptions.SslOnConnect,
                SicurezzaSmtp.None => SecureSocketOptions.None,
                _ => SecureSocketOptions.StartTls,
            }, ct);
            if (!string.IsNullOrEmpty(smtp.Utente))
                await client.AuthenticateAsync(smtp.Utente, smtp.Password ?? "", ct);
        }
        catch (Exception ex) when (IsConnectionFailure(ex) || ex is AuthenticationException or SslHandshakeException
                                       or SmtpCommandException or NotSupportedException)
        {
            throw new EmailTransportUnavailableException($"Server SMTP {smtp.Host}:{smtp.Port} non raggiungibile: {ex.Message}", ex);
        }

        try
        {
            // An SmtpCommandException here (e.g. a refused recipient) concerns this message only: it propagates.
            await client.SendAsync(message, ct);
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            throw new EmailTransportUnavailableException($"Connessione al server SMTP {smtp.Host}:{smtp.Port} interrotta: {ex.Message}", ex);
        }

        try
        {
            await client.DisconnectAsync(true, ct);
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            // The server has already accepted the message: a failed goodbye must not make it go out twice.
        }
    }

    private static bool IsConnectionFailure(Exception ex) =>
        ex is SocketException or IOException or TimeoutException or ProtocolException or ServiceNotConnectedException;
}
