namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>What <see cref="IPdfRenderer"/> prints.</summary>
/// <param name="CoverHtml">A complete HTML document for the cover; null for no cover.</param>
/// <param name="BodyHtmlAsync">
/// Builds the body's complete HTML document. Receives null on the first layout and then, when
/// <paramref name="PageNumbers"/> is true, the body page (as numbered in the footer) of each bookmark title.
/// </param>
/// <param name="HeaderLeft">Text at the top left of every body page (the ente).</param>
/// <param name="HeaderRight">Text at the top right of every body page (the title).</param>
/// <param name="Metadata">Title, author and subject of the PDF.</param>
/// <param name="PageNumbers">Whether the body needs the page numbers of its bookmarks (an index).</param>
/// <param name="Headings">The body's headings as written, to restore bookmark titles that Chromium mangles.</param>
/// <param name="IndexHtmlAsync">
/// Builds a document with only the body's first pages (its index) and the given page numbers, laid out exactly as in
/// the body: when set, the body is printed once and these pages replace its first ones, instead of a second printing
/// of the whole body.
/// </param>
public sealed record PdfDocumentRequest(
    string? CoverHtml,
    Func<IReadOnlyDictionary<string, int>?, CancellationToken, Task<string>> BodyHtmlAsync,
    string HeaderLeft,
    string HeaderRight,
    PdfMetadata Metadata,
    bool PageNumbers,
    IReadOnlyCollection<string>? Headings = null,
    Func<IReadOnlyDictionary<string, int>, CancellationToken, Task<string>>? IndexHtmlAsync = null);
