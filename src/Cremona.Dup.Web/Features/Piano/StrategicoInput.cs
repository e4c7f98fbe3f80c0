using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>What Segreteria posts to create or rename an obiettivo strategico; the code only when creating.</summary>
public sealed class StrategicoInput
{
    [StringLength(TextLimits.Codice, ErrorMessage = "Il codice è troppo lungo.")]
    public string? Codice { get; set; }

    [StringLength(TextLimits.Nome, ErrorMessage = "Il nome può contenere al massimo 400 caratteri.")]
    public string? Nome { get; set; }

    public Guid Version { get; set; }
}
