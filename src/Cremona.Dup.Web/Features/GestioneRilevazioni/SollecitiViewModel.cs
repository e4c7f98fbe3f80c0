namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public sealed record SollecitiViewModel(RilevazioneIntestazione Rilevazione, IReadOnlyList<SollecitoAnteprima> Solleciti);
