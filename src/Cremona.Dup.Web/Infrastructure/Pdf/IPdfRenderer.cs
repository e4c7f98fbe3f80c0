namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>
/// Turns HTML into a finished PDF document: a cover page without header and footer, then the index and the body with a
/// header and a "Pagina X di Y" footer, bookmarks, the index's links, a tagged PDF and the document's metadata.
/// This is the seam of the PDF engine: <see cref="ChromiumPdfRenderer"/> prints with headless Chromium; a pure-.NET
/// renderer could replace it without touching the report (decisions §2).
/// </summary>
public interface IPdfRenderer
{
    /// <summary>
    /// Renders <paramref name="request"/>: the cover, the index with placeholders and the body's parts are printed
    /// (in parallel), the index is printed again with the page number of every heading, and all are joined.
    /// </summary>
    /// <exception cref="PdfEngineUnavailableException">The engine is missing, crashed or took too long.</exception>
    Task<byte[]> RenderAsync(PdfDocumentRequest request, CancellationToken cancellationToken);
}
