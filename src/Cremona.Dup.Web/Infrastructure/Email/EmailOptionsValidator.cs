using Microsoft.Extensions.Options;
using MimeKit;

namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>Checks the <c>Email</c> settings at start-up, so that a wrong value stops the app with an Italian message.</summary>
public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();

        if (!Enum.IsDefined(options.Modalita))
            errors.Add("Email:Modalita deve essere Pickup oppure Smtp.");
        if (string.IsNullOrWhiteSpace(options.Mittente) || !MailboxAddress.TryParse(options.Mittente, out var mittente)
            || mittente.Address.Contains(' ', StringComparison.Ordinal) || !mittente.Address.Contains('@', StringComparison.Ordinal))
            errors.Add($"Email:Mittente deve essere un indirizzo e-mail valido (valore attuale: «{options.Mittente}»).");
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            errors.Add($"Email:BaseUrl deve essere l'indirizzo assoluto http o https dell'applicazione, ad esempio https://dup.comune.cremona.it (valore attuale: «{options.BaseUrl}»).");
        if (options.IntervalloSecondi is < 1 or > 86_400)
            errors.Add("Email:IntervalloSecondi deve essere compreso tra 1 e 86400.");

        if (options.Modalita == ModalitaEmail.Smtp)
        {
            var smtp = options.Smtp ?? new SmtpOptions();
            if (string.IsNullOrWhiteSpace(smtp.Host))
                errors.Add("Con Email:Modalita=Smtp indicare il server SMTP in Email:Smtp:Host (variabile d'ambiente Email__Smtp__Host).");
            if (smtp.Port is < 1 or > 65_535)
                errors.Add("Email:Smtp:Port deve essere compreso tra 1 e 65535.");
            if (!Enum.IsDefined(smtp.Sicurezza))
                errors.Add("Email:Smtp:Sicurezza deve essere StartTls, SslOnConnect oppure None.");
            if (string.IsNullOrEmpty(smtp.Utente) != string.IsNullOrEmpty(smtp.Password))
                errors.Add("Email:Smtp:Utente ed Email:Smtp:Password vanno indicati insieme (o nessuno dei due).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
