using System.ComponentModel.DataAnnotations;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Compilazione;

/// <summary>What the data-entry form posts; never an entity (over-posting), values as typed (Italian format).</summary>
public sealed class CompilazioneInput
{
    public const string Salva = "salva";
    public const string Invia = "invia";

    [StringLength(TextLimits.TestoLungo, ErrorMessage = "Lo stato di attuazione può contenere al massimo 20.000 caratteri.")]
    [Display(Name = "Stato di attuazione")]
    public string? StatoAttuazione { get; set; }

    [StringLength(TextLimits.TestoLungo, ErrorMessage = "Le azioni correttive possono contenere al massimo 20.000 caratteri.")]
    [Display(Name = "Azioni correttive")]
    public string? AzioniCorrettive { get; set; }

    /// <summary>The version the user started from: a different one in the database means someone saved in between.</summary>
    public Guid Version { get; set; }

    public List<ValoreInput> Valori { get; set; } = [];

    /// <summary><see cref="Salva"/> (draft) or <see cref="Invia"/> (send to Segreteria).</summary>
    public string? Azione { get; set; }

    /// <summary>The user confirmed sending although a value misses its target and no corrective action is written.</summary>
    public bool ConfermaSenzaAzioni { get; set; }

    public bool IsInvio => string.Equals(Azione, Invia, StringComparison.Ordinal);

    public sealed class ValoreInput
    {
        public int IndicatoreId { get; set; }

        [StringLength(40, ErrorMessage = "Il valore è troppo lungo.")]
        public string? Consuntivo { get; set; }

        [StringLength(TextLimits.TestoBreve, ErrorMessage = "La nota può contenere al massimo 2.000 caratteri.")]
        public string? Nota { get; set; }
    }
}
