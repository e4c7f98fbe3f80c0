using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>The note sent back with a returned obiettivo; the data-entry form posts the same fields.</summary>
public sealed class RestituisciInput
{
    [Required(ErrorMessage = "Indicare il motivo della restituzione: il responsabile lo leggerà nel modulo e nell'e-mail.")]
    [StringLength(TextLimits.TestoBreve, ErrorMessage = "La nota può contenere al massimo {1} caratteri.")]
    [Display(Name = "Nota per il responsabile")]
    public string? Nota { get; set; }

    /// <summary>Local page to go back to afterwards (the dashboard with its filters, or the form).</summary>
    public string? ReturnUrl { get; set; }
}
