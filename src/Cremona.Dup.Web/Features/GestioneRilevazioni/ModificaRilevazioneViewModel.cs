namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <param name="Attuale">The round as saved now (after a conflict: as the other person saved it).</param>
/// <param name="Input">What the form shows: the saved values, or what the user typed.</param>
/// <param name="Conflitto">The user's save was refused because someone else saved in between.</param>
public sealed record ModificaRilevazioneViewModel(RilevazioneIntestazione Attuale, ModificaRilevazioneInput Input, bool Conflitto);
