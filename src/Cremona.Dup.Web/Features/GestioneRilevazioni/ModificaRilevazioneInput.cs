using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public sealed class ModificaRilevazioneInput
{
    [Required(ErrorMessage = "Indicare il titolo della rilevazione.")]
    [StringLength(TextLimits.Nome, ErrorMessage = "Il titolo può contenere al massimo {1} caratteri.")]
    [Display(Name = "Titolo")]
    public string? Titolo { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Scadenza per la compilazione")]
    public DateOnly? Scadenza { get; set; }

    /// <summary>Changeable only while the round is in preparazione; empty keeps the current year.</summary>
    [Display(Name = "Anno dei consuntivi degli indicatori")]
    public int? AnnoConsuntivo { get; set; }

    [Display(Name = "Chiede lo stato di attuazione")]
    public bool ChiedeStatoAttuazione { get; set; }

    [Display(Name = "Chiede le azioni correttive")]
    public bool ChiedeAzioniCorrettive { get; set; }

    /// <summary>The round's version when the form was opened (optimistic concurrency).</summary>
    public Guid Version { get; set; }
}
