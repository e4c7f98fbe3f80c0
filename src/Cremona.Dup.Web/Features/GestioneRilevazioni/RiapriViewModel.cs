namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public sealed record RiapriViewModel(RilevazioneIntestazione Rilevazione, string? Motivo);
