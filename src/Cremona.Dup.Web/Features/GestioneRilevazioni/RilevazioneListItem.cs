using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public sealed record RilevazioneListItem(
    DateOnly Data, string Titolo, StatoRilevazione Stato, DateOnly? Scadenza, int Obiettivi, int InviatiOValidati)
{
    /// <summary>Completion: sent and validated over the obiettivi of the round.</summary>
    public int Percentuale => Conteggi.Percento(InviatiOValidati, Obiettivi);
}
