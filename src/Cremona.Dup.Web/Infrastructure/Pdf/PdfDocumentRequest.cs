namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>What <see cref="IPdfRenderer"/> prints.</summary>
/// <param name="CoverHtml">A complete HTML document for the cover; null for no cover.</param>
/// <param name="IndexHtmlAsync">
/// Builds the index (complete HTML document), the first numbered pages; null for none. It receives null first, and
/// shows placeholders of the numbers' width, which tells how many pages it takes; then the page number (as the footer
/// prints it) of every heading, by <see cref="PdfAssembler.Normalize"/>d title.
/// </param>
/// <param name="BodyPartsHtmlAsync">
/// Build the body as complete HTML documents, in order, each beginning on a new page as it would in one document
/// (so that the pages are the same): they are printed in parallel and joined.
/// </param>
/// <param name="HeaderLeft">Text at the top left of every numbered page (the ente).</param>
/// <param name="HeaderRight">Text at the top right of every numbered page (the title).</param>
/// <param name="Metadata">Title, author and subject of the PDF.</param>
/// <param name="Bookmarks">The bookmarks, each found by its heading's title in the printed documents.</param>
/// <param name="FooterFont">The TrueType font of the footer "Pagina X di Y" (the document's regular face).</param>
public sealed record PdfDocumentRequest(
    string? CoverHtml,
    Func<IReadOnlyDictionary<string, int>?, CancellationToken, Task<string>>? IndexHtmlAsync,
    IReadOnlyList<Func<CancellationToken, Task<string>>> BodyPartsHtmlAsync,
    string HeaderLeft,
    string HeaderRight,
    PdfMetadata Metadata,
    IReadOnlyList<PdfBookmark> Bookmarks,
    byte[] FooterFont);
