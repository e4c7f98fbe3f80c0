namespace Cremona.Dup.Web.Domain;

/// <summary>An in-app message for one account (the same text that is e-mailed).</summary>
public sealed class Notifica
{
    private Notifica() { UserId = Titolo = Testo = ""; }

    public Notifica(string userId, DateTime createdAtUtc, string titolo, string testo, string? link)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(titolo);
        UserId = userId;
        CreatedAtUtc = createdAtUtc;
        Titolo = titolo.Trim();
        Testo = Texts.Clean(testo) ?? "";
        Link = link;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public string Titolo { get; private set; }
    public string Testo { get; private set; }
    public string? Link { get; private set; }
    public DateTime? LettaAtUtc { get; private set; }

    public void SegnaLetta(DateTime utcNow) => LettaAtUtc ??= utcNow;
}
