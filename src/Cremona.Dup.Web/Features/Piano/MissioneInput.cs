using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>What Segreteria posts to rename a missione.</summary>
public sealed class MissioneInput
{
    [StringLength(TextLimits.Nome, ErrorMessage = "Il nome può contenere al massimo 400 caratteri.")]
    public string? Nome { get; set; }

    /// <summary>The version the user started from: a different one in the database means someone saved in between.</summary>
    public Guid Version { get; set; }
}
