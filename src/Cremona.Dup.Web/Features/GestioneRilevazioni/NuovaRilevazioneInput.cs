using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public sealed class NuovaRilevazioneInput
{
    [Required(ErrorMessage = "Indicare la data di riferimento (30 giugno o 31 dicembre).")]
    [DataType(DataType.Date)]
    [Display(Name = "Data di riferimento")]
    public DateOnly? Data { get; set; }

    [Required(ErrorMessage = "Indicare il titolo della rilevazione.")]
    [StringLength(TextLimits.Nome, ErrorMessage = "Il titolo può contenere al massimo {1} caratteri.")]
    [Display(Name = "Titolo")]
    public string? Titolo { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Scadenza per la compilazione")]
    public DateOnly? Scadenza { get; set; }

    [Display(Name = "Anno dei consuntivi degli indicatori")]
    public int? AnnoConsuntivo { get; set; }

    [Display(Name = "Chiede lo stato di attuazione")]
    public bool ChiedeStatoAttuazione { get; set; }

    [Display(Name = "Chiede le azioni correttive")]
    public bool ChiedeAzioniCorrettive { get; set; }
}
