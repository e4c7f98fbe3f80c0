namespace Cremona.Dup.Web.Features.Promemoria;

/// <summary>An open round with a deadline, as the reminders need it.</summary>
public sealed record RilevazioneConScadenza(int Id, DateOnly Data, string Titolo, DateOnly Scadenza);
