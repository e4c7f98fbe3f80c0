namespace Cremona.Dup.Web.Features.Report;

/// <summary>The outcome of a download request: a file, or the status and Italian message to show instead.</summary>
public sealed record Allegato6File(byte[]? Content, string? NomeFile, bool DaCache, int Status, string? Messaggio)
{
    public static Allegato6File Errore(int status, string messaggio) => new(null, null, false, status, messaggio);
}
