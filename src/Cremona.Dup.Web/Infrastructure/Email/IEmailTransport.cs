using MimeKit;

namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>
/// Delivers one composed message: <see cref="SmtpEmailTransport"/> or <see cref="PickupEmailTransport"/>, chosen by
/// <c>Email:Modalita</c>. Throws <see cref="EmailTransportUnavailableException"/> when nothing can be delivered at all
/// (server down, folder not writable), any other exception when this one message was refused.
/// </summary>
public interface IEmailTransport
{
    Task InviaAsync(MimeMessage message, CancellationToken ct);
}
