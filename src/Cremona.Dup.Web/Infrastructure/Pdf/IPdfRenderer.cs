namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>
/// Turns HTML into a finished PDF document: a cover page without header and footer, then the body with a header and a
/// "Pagina X di Y" footer, bookmarks from the body's headings, a tagged PDF and the document's metadata.
/// This is the seam of the PDF engine: <see cref="ChromiumPdfRenderer"/> prints with headless Chromium; a pure-.NET
/// renderer could replace it without touching the report (decisions §2).
/// </summary>
public interface IPdfRenderer
{
    /// <summary>
    /// Renders <paramref name="request"/>. When <see cref="PdfDocumentRequest.PageNumbers"/> is set the body is laid
    /// out first without page numbers; then its index alone (<see cref="PdfDocumentRequest.IndexHtmlAsync"/>), or failing
    /// that the whole body, is laid out again with the page number of each bookmark of the first layout.
    /// </summary>
    /// <exception cref="PdfEngineUnavailableException">The engine is missing, crashed or took too long.</exception>
    Task<byte[]> RenderAsync(PdfDocumentRequest request, CancellationToken cancellationToken);
}
