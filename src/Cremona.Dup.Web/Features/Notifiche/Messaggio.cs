namespace Cremona.Dup.Web.Features.Notifiche;

/// <summary>A message for people: shown in the app's notification list and e-mailed with the same words.</summary>
/// <param name="Titolo">Title in the app, subject of the e-mail.</param>
/// <param name="Testo">Plain text (light Markdown allowed), the body of both.</param>
/// <param name="Link">Relative link to the page it is about (e.g. the obiettivo's form), or null.</param>
public sealed record Messaggio(string Titolo, string Testo, string? Link);
