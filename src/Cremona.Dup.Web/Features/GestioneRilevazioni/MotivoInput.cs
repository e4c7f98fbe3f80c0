using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>The reason for reopening a closed round or one of its obiettivi, recorded in the audit trail.</summary>
public sealed class MotivoInput
{
    [Required(ErrorMessage = "Indicare il motivo della riapertura.")]
    [StringLength(TextLimits.TestoBreve, ErrorMessage = "Il motivo può contenere al massimo {1} caratteri.")]
    [Display(Name = "Motivo della riapertura")]
    public string? Motivo { get; set; }
}
