using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>What every page of a round shows about it.</summary>
public sealed record RilevazioneIntestazione(
    int Id, DateOnly Data, string Titolo, StatoRilevazione Stato, DateOnly? Scadenza, int AnnoConsuntivo,
    bool ChiedeStatoAttuazione, bool ChiedeAzioniCorrettive, Guid Version)
{
    public string Url => DataRilevazione.Url(Data);
}
