namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>The page that returns an obiettivo (with a note) or reopens it (with a reason).</summary>
/// <param name="Obiettivo">The obiettivo in its round.</param>
/// <param name="Testo">The note or reason typed so far.</param>
/// <param name="ReturnUrl">Local page to go back to.</param>
public sealed record AzioneObiettivoViewModel(ObiettivoInRilevazione Obiettivo, string? Testo, string ReturnUrl);
