using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Features.Promemoria;
using Cremona.Dup.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Impostazioni;

/// <summary>The settings row (without the logo's bytes) and the configuration it overrides.</summary>
public sealed class ImpostazioniQueries(AppDbContext db, IConfiguration configuration)
{
    public async Task<ImpostazioniPagina> PaginaAsync(ImpostazioniInput? typed, CancellationToken ct)
    {
        var row = await db.ImpostazioniApplicazione.AsNoTracking()
            .Select(i => new
            {
                i.NomeEnte,
                i.LogoVersione,
                i.EmailModalita,
                i.EmailMittente,
                i.EmailNomeMittente,
                i.SmtpHost,
                i.SmtpPort,
                i.SmtpSicurezza,
                i.SmtpUtente,
                PasswordSalvata = i.SmtpPasswordProtetta != null,
                i.PromemoriaGiorniPrima,
                i.PromemoriaGiorniDopo,
                i.Version,
            })
            .SingleAsync(ct);
        var input = typed ?? new ImpostazioniInput
        {
            NomeEnte = row.NomeEnte,
            EmailModalita = row.EmailModalita,
            EmailMittente = row.EmailMittente,
            EmailNomeMittente = row.EmailNomeMittente,
            SmtpHost = row.SmtpHost,
            SmtpPort = row.SmtpPort?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SmtpSicurezza = row.SmtpSicurezza,
            SmtpUtente = row.SmtpUtente,
            GiorniPrima = GiorniTesto.Format(Domain.ImpostazioniApplicazione.Giorni(row.PromemoriaGiorniPrima)),
            GiorniDopo = GiorniTesto.Format(Domain.ImpostazioniApplicazione.Giorni(row.PromemoriaGiorniDopo)),
            Version = row.Version,
        };
        if (typed is not null)
        {
            typed.SmtpPassword = null; // never sent back
            typed.Logo = null;
        }
        var email = EmailConfigurata(configuration);
        var promemoria = PromemoriaConfigurato(configuration);
        return new ImpostazioniPagina(input, row.LogoVersione, row.PasswordSalvata, new ImpostazioniPagina.Configurazione(
            email.Modalita.ToString(), email.Mittente, email.NomeMittente, email.Smtp.Host, email.Smtp.Port, email.Smtp.Sicurezza.ToString(),
            email.Smtp.Utente, !string.IsNullOrEmpty(email.Smtp.Password), GiorniTesto.Format(promemoria.RegolePrima)!,
            GiorniTesto.Format(promemoria.RegoleDopo)!));
    }

    /// <summary>The <c>Email</c> section alone, as the app would use it without the database's overrides.</summary>
    public static EmailOptions EmailConfigurata(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        options.Smtp ??= new SmtpOptions();
        return options;
    }

    public static PromemoriaOptions PromemoriaConfigurato(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(PromemoriaOptions.Section).Get<PromemoriaOptions>() ?? new PromemoriaOptions();
    }
}
