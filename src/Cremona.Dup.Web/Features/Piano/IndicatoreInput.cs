using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>What Segreteria posts to create or edit an indicator; target and years as typed (checked in Italian).</summary>
public sealed class IndicatoreInput
{
    [StringLength(TextLimits.Nome, ErrorMessage = "Il nome può contenere al massimo 400 caratteri.")]
    public string? Nome { get; set; }

    [StringLength(TextLimits.TestoBreve, ErrorMessage = "La finalità può contenere al massimo 2000 caratteri.")]
    public string? Finalita { get; set; }

    [StringLength(TextLimits.TestoBreve, ErrorMessage = "La formula può contenere al massimo 2000 caratteri.")]
    public string? Formula { get; set; }

    [StringLength(TextLimits.TestoLungo, ErrorMessage = "Le note possono contenere al massimo 20000 caratteri.")]
    public string? Note { get; set; }

    [StringLength(30, ErrorMessage = "Il target è troppo lungo.")]
    public string? Target { get; set; }

    [StringLength(10, ErrorMessage = "Il primo anno non è valido.")]
    public string? PrimoAnno { get; set; }

    [StringLength(10, ErrorMessage = "L'ultimo anno non è valido.")]
    public string? UltimoAnno { get; set; }

    public Guid Version { get; set; }
}
