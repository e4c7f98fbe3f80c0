using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public sealed record ObiettivoInRilevazione(
    RilevazioneIntestazione Rilevazione, string Codice, string Nome, string Responsabile, StatoCompilazione Stato,
    bool Riaperto, string? NotaRestituzione, DateTime? InviatoAtUtc, string? InviatoDa)
{
    public string UrlModulo => DataRilevazione.UrlObiettivo(Rilevazione.Data, Codice);
}
