using Microsoft.Extensions.Options;
using MimeKit;

namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>
/// The transport of the <c>Email:Modalita</c> in force for each message: the Amministratore may switch between the pickup
/// folder and SMTP while the app runs (settings page), so the choice is made per message, not at start-up.
/// </summary>
public sealed class EmailTransportPerModalita(
    IOptionsMonitor<EmailOptions> options, PickupEmailTransport pickup, SmtpEmailTransport smtp) : IEmailTransport
{
    public string Descrizione
    {
        get
        {
            var current = options.CurrentValue;
            return current.Modalita == ModalitaEmail.Smtp
                ? $"Smtp {current.Smtp.Host}:{current.Smtp.Port}" : $"Pickup {pickup.Folder}";
        }
    }

    public Task InviaAsync(MimeMessage message, CancellationToken ct) =>
        options.CurrentValue.Modalita == ModalitaEmail.Smtp ? smtp.InviaAsync(message, ct) : pickup.InviaAsync(message, ct);
}
