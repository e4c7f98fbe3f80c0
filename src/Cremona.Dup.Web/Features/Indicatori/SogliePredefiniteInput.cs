using System.ComponentModel.DataAnnotations;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>The default thresholds as typed on the settings page (Italian format, "%" allowed).</summary>
public sealed class SogliePredefiniteInput
{
    [Required(ErrorMessage = "Indicare la soglia di raggiungimento.")]
    [StringLength(20, ErrorMessage = "La soglia di raggiungimento è troppo lunga.")]
    public string? SogliaRaggiunto { get; set; }

    [Required(ErrorMessage = "Indicare la soglia di raggiungimento parziale.")]
    [StringLength(20, ErrorMessage = "La soglia di raggiungimento parziale è troppo lunga.")]
    public string? SogliaParziale { get; set; }

    public Guid Version { get; set; }
}
