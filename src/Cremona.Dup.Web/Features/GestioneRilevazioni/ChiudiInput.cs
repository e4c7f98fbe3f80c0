namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public sealed class ChiudiInput
{
    /// <summary>The required "I understand nobody will be able to edit" checkbox.</summary>
    public bool Conferma { get; set; }
}
