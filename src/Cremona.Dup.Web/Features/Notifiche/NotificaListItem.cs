namespace Cremona.Dup.Web.Features.Notifiche;

public sealed record NotificaListItem(long Id, DateTime CreatedAtUtc, string Titolo, string Testo, string? Link, bool Letta)
{
    /// <summary>Links are written by the app itself; only local paths are ever rendered.</summary>
    public bool HasLocalLink => Link is { Length: > 0 } l && l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal)
        && !l.StartsWith("/\\", StringComparison.Ordinal);
}
