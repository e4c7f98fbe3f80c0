using System.Security.Cryptography;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Infrastructure.Impostazioni;

/// <summary>Reads the settings row (never the logo's bytes) into <see cref="ImpostazioniCorrenti"/>.</summary>
public sealed class ImpostazioniLoader(AppDbContext db, ImpostazioniCorrenti correnti, IDataProtectionProvider protection,
    ILogger<ImpostazioniLoader> logger)
{
    /// <summary>Purpose of the Data Protection key that encrypts the SMTP password in the database.</summary>
    public const string ScopoPasswordSmtp = "Cremona.Dup.Impostazioni.SmtpPassword";

    public async Task CaricaAsync(CancellationToken ct)
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
                i.SmtpPasswordProtetta,
                i.PromemoriaGiorniPrima,
                i.PromemoriaGiorniDopo,
                i.Version,
            })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            correnti.Imposta(ImpostazioniSnapshot.Predefinite);
            return;
        }
        correnti.Imposta(new ImpostazioniSnapshot(row.NomeEnte, row.LogoVersione, row.EmailModalita, row.EmailMittente,
            row.EmailNomeMittente, row.SmtpHost, row.SmtpPort, row.SmtpSicurezza, row.SmtpUtente, Decifra(row.SmtpPasswordProtetta),
            ImpostazioniApplicazione.Giorni(row.PromemoriaGiorniPrima), ImpostazioniApplicazione.Giorni(row.PromemoriaGiorniDopo),
            row.Version));
    }

    /// <summary>The ente's logo, or null when none is set.</summary>
    public async Task<Logo?> LogoAsync(CancellationToken ct) =>
        await db.ImpostazioniApplicazione.AsNoTracking()
            .Where(i => i.Logo != null && i.LogoTipo != null && i.LogoVersione != null)
            .Select(i => new Logo(i.Logo!, i.LogoTipo!, i.LogoVersione!.Value))
            .SingleOrDefaultAsync(ct);

    public string Cifra(string password) => protection.CreateProtector(ScopoPasswordSmtp).Protect(password);

    private string? Decifra(string? protetta)
    {
        if (protetta is null) return null;
        try
        {
            return protection.CreateProtector(ScopoPasswordSmtp).Unprotect(protetta);
        }
        catch (CryptographicException ex)
        {
            // Keys lost (new data folder): the configuration's password applies until the administrator types it again.
            logger.LogWarning(ex, "Impostazioni: la password SMTP salvata non si può decifrare; vale quella della configurazione");
            return null;
        }
    }
}
