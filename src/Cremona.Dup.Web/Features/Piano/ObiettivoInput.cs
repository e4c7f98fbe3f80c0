using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>
/// What Segreteria posts to create or edit an obiettivo operativo: every field of the plan, the Definizione of the
/// current plan year, the programma (move), the obiettivo strategico and the responsabile gestionale (reassign).
/// </summary>
public sealed class ObiettivoInput
{
    [StringLength(TextLimits.Codice, ErrorMessage = "Il codice è troppo lungo.")]
    public string? Codice { get; set; }

    [StringLength(TextLimits.Nome, ErrorMessage = "Il nome può contenere al massimo 400 caratteri.")]
    public string? Nome { get; set; }

    /// <summary>Code of the programma, e.g. "1.02".</summary>
    [StringLength(TextLimits.Codice, ErrorMessage = "Programma non valido.")]
    public string? Programma { get; set; }

    /// <summary>Code of the obiettivo strategico, e.g. "B01"; empty for none.</summary>
    [StringLength(TextLimits.Codice, ErrorMessage = "Obiettivo strategico non valido.")]
    public string? Strategico { get; set; }

    [StringLength(TextLimits.Persone, ErrorMessage = "Il responsabile politico può contenere al massimo 600 caratteri.")]
    public string? ResponsabilePolitico { get; set; }

    /// <summary>Id of the responsabile gestionale.</summary>
    public int? ResponsabileGestionale { get; set; }

    [StringLength(TextLimits.TestoLungo, ErrorMessage = "La descrizione sintetica può contenere al massimo 20000 caratteri.")]
    public string? DescrizioneSintetica { get; set; }

    [StringLength(TextLimits.TestoLungo, ErrorMessage = "Il gap può contenere al massimo 20000 caratteri.")]
    public string? Gap { get; set; }

    [StringLength(TextLimits.TestoBreve, ErrorMessage = "Gli stakeholder possono contenere al massimo 2000 caratteri.")]
    public string? Stakeholder { get; set; }

    [StringLength(TextLimits.TestoBreve, ErrorMessage = "I settori coinvolti possono contenere al massimo 2000 caratteri.")]
    public string? SettoriCoinvolti { get; set; }

    /// <summary>"Definizione Ob. Operativo DUP" of the current plan year.</summary>
    [StringLength(TextLimits.TestoLungo, ErrorMessage = "La definizione può contenere al massimo 20000 caratteri.")]
    public string? Definizione { get; set; }

    public Guid Version { get; set; }
}
