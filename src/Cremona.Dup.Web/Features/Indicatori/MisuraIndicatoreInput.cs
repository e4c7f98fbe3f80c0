using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>What Controllo di gestione posts to set how an indicator is read; thresholds as typed (Italian format).</summary>
public sealed class MisuraIndicatoreInput
{
    [Required(ErrorMessage = "Indicare se per l'indicatore è meglio un valore più alto o più basso.")]
    public Direzione? Direzione { get; set; }

    [StringLength(TextLimits.Unita, ErrorMessage = "L'unità di misura può contenere al massimo 20 caratteri.")]
    public string? Unita { get; set; }

    [StringLength(20, ErrorMessage = "La soglia di raggiungimento è troppo lunga.")]
    public string? SogliaRaggiunto { get; set; }

    [StringLength(20, ErrorMessage = "La soglia di raggiungimento parziale è troppo lunga.")]
    public string? SogliaParziale { get; set; }

    /// <summary>The version the user started from: a different one in the database means someone saved in between.</summary>
    public Guid Version { get; set; }
}
