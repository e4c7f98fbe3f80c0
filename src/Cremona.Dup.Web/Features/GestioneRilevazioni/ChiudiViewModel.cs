namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public sealed record ChiudiViewModel(RilevazioneIntestazione Rilevazione, Conteggi Conteggi);
