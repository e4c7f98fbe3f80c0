using System.ComponentModel.DataAnnotations;

namespace Cremona.Dup.Web.Features.Impostazioni;

/// <summary>
/// The settings page as typed. Empty e-mail and reminder fields mean "as in the configuration"; an empty SMTP password
/// keeps the saved one (it is never sent back to the browser).
/// </summary>
public sealed class ImpostazioniInput
{
    [Required(ErrorMessage = "Indicare il nome dell'ente.")]
    [StringLength(Domain.ImpostazioniApplicazione.MaxNomeEnte, ErrorMessage = "Il nome dell'ente è troppo lungo (al massimo 200 caratteri).")]
    public string? NomeEnte { get; set; }

    public IFormFile? Logo { get; set; }

    public bool RimuoviLogo { get; set; }

    public string? EmailModalita { get; set; }

    [StringLength(256, ErrorMessage = "L'indirizzo del mittente è troppo lungo.")]
    public string? EmailMittente { get; set; }

    [StringLength(200, ErrorMessage = "Il nome del mittente è troppo lungo.")]
    public string? EmailNomeMittente { get; set; }

    [StringLength(256, ErrorMessage = "Il nome del server SMTP è troppo lungo.")]
    public string? SmtpHost { get; set; }

    /// <summary>Text, so that "abc" gets the page's own Italian message.</summary>
    [StringLength(10, ErrorMessage = "La porta SMTP deve essere un numero tra 1 e 65535.")]
    public string? SmtpPort { get; set; }

    public string? SmtpSicurezza { get; set; }

    [StringLength(256, ErrorMessage = "L'utente SMTP è troppo lungo.")]
    public string? SmtpUtente { get; set; }

    [StringLength(256, ErrorMessage = "La password SMTP è troppo lunga.")]
    public string? SmtpPassword { get; set; }

    public bool CancellaPasswordSmtp { get; set; }

    [StringLength(200, ErrorMessage = "L'elenco dei giorni prima della scadenza è troppo lungo.")]
    public string? GiorniPrima { get; set; }

    [StringLength(200, ErrorMessage = "L'elenco dei giorni dopo la scadenza è troppo lungo.")]
    public string? GiorniDopo { get; set; }

    public Guid Version { get; set; }
}
