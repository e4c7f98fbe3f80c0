namespace Cremona.Dup.Web.Infrastructure.Impostazioni;

/// <summary>
/// The settings row as the app uses it (without the logo's bytes, with the SMTP password decrypted): null overrides
/// leave the configuration's value in force.
/// </summary>
public sealed record ImpostazioniSnapshot(
    string NomeEnte,
    Guid? LogoVersione,
    string? EmailModalita,
    string? EmailMittente,
    string? EmailNomeMittente,
    string? SmtpHost,
    int? SmtpPort,
    string? SmtpSicurezza,
    string? SmtpUtente,
    string? SmtpPassword,
    IReadOnlyList<int>? GiorniPrima,
    IReadOnlyList<int>? GiorniDopo,
    Guid Version)
{
    public static readonly ImpostazioniSnapshot Predefinite = new(
        Domain.ImpostazioniApplicazione.NomeEntePredefinito, null, null, null, null, null, null, null, null, null, null, null, Guid.Empty);

    /// <summary>Part of the Allegato 6 cache key: a new name or logo makes a new file.</summary>
    public string ChiaveEnte => $"{NomeEnte}|{LogoVersione:N}";
}
