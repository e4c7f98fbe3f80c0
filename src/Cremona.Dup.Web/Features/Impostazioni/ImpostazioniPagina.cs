namespace Cremona.Dup.Web.Features.Impostazioni;

/// <summary>The form, the configuration's values shown as hints next to each override, and the logo's state.</summary>
public sealed record ImpostazioniPagina(
    ImpostazioniInput Input,
    Guid? LogoVersione,
    bool PasswordSmtpSalvata,
    ImpostazioniPagina.Configurazione DaConfigurazione)
{
    public sealed record Configurazione(
        string Modalita, string Mittente, string NomeMittente, string? SmtpHost, int SmtpPort, string SmtpSicurezza, string? SmtpUtente,
        bool SmtpPassword, string GiorniPrima, string GiorniDopo);
}
