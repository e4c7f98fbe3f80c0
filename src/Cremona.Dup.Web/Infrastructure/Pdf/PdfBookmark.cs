namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>
/// One entry of the PDF's bookmarks, as the document's structure gives it (missione → programma → obiettivo).
/// <paramref name="Title"/> is the heading as written; <paramref name="Anchor"/>, when set, is the id the index links to.
/// </summary>
public sealed record PdfBookmark(string Title, string? Anchor, IReadOnlyList<PdfBookmark> Children)
{
    public PdfBookmark(string title, string? anchor = null) : this(title, anchor, []) { }
}
