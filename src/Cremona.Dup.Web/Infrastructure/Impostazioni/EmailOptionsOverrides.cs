using Cremona.Dup.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Infrastructure.Impostazioni;

/// <summary>The Amministratore's e-mail settings (database) over the configuration's (<c>Email</c> section).</summary>
public sealed class EmailOptionsOverrides(ImpostazioniCorrenti correnti) : IPostConfigureOptions<EmailOptions>
{
    public void PostConfigure(string? name, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Applica(correnti.Corrente, options);
    }

    /// <summary>Also used to validate a form before saving it: the same merge the running app will do.</summary>
    public static void Applica(ImpostazioniSnapshot s, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(options);
        if (s.EmailModalita is { } modalita && Enum.TryParse<ModalitaEmail>(modalita, out var m)) options.Modalita = m;
        if (s.EmailMittente is { } mittente) options.Mittente = mittente;
        if (s.EmailNomeMittente is { } nome) options.NomeMittente = nome;
        options.Smtp ??= new SmtpOptions();
        if (s.SmtpHost is { } host) options.Smtp.Host = host;
        if (s.SmtpPort is { } port) options.Smtp.Port = port;
        if (s.SmtpSicurezza is { } sicurezza && Enum.TryParse<SicurezzaSmtp>(sicurezza, out var sic)) options.Smtp.Sicurezza = sic;
        if (s.SmtpUtente is { } utente)
        {
            options.Smtp.Utente = utente;
            options.Smtp.Password = s.SmtpPassword;
        }
        else if (s.SmtpPassword is { } password)
        {
            options.Smtp.Password = password;
        }
    }
}
