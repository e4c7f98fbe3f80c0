namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>The list's filters, as query parameters: <c>q</c> (name, full name or e-mail), <c>ruolo</c>, <c>stato</c>.</summary>
public sealed class UtentiFiltro
{
    public string? Q { get; set; }
    public string? Ruolo { get; set; }

    /// <summary><c>attivi</c>, <c>disattivati</c>, <c>bloccati</c>, or empty for all.</summary>
    public string? Stato { get; set; }
}
