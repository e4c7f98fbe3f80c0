using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>What Segreteria posts to create or edit a programma; the code only when creating.</summary>
public sealed class ProgrammaInput
{
    [StringLength(TextLimits.Codice, ErrorMessage = "Il codice è troppo lungo.")]
    public string? Codice { get; set; }

    [StringLength(TextLimits.Nome, ErrorMessage = "Il nome può contenere al massimo 400 caratteri.")]
    public string? Nome { get; set; }

    [StringLength(TextLimits.Persone, ErrorMessage = "I responsabili possono contenere al massimo 600 caratteri.")]
    public string? Responsabili { get; set; }

    [StringLength(TextLimits.TestoLungo, ErrorMessage = "La descrizione può contenere al massimo 20000 caratteri.")]
    public string? Descrizione { get; set; }

    [StringLength(TextLimits.TestoLungo, ErrorMessage = "La motivazione delle scelte può contenere al massimo 20000 caratteri.")]
    public string? MotivazioneScelte { get; set; }

    [StringLength(TextLimits.TestoLungo, ErrorMessage = "Le finalità possono contenere al massimo 20000 caratteri.")]
    public string? FinalitaDaConseguire { get; set; }

    [StringLength(TextLimits.TestoLungo, ErrorMessage = "Le risorse umane possono contenere al massimo 20000 caratteri.")]
    public string? RisorseUmane { get; set; }

    [StringLength(TextLimits.TestoLungo, ErrorMessage = "Le risorse strumentali possono contenere al massimo 20000 caratteri.")]
    public string? RisorseStrumentali { get; set; }

    public Guid Version { get; set; }
}
