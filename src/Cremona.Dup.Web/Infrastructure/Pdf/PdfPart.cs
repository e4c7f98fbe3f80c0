using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>
/// One document as Chromium printed it (the cover, the index, a run of programmi), opened for <see cref="PdfAssembler"/>
/// to copy its pages, tags and links into the whole document; and where each of its headings fell.
/// </summary>
public sealed class PdfPart : IDisposable
{
    private PdfPart(PdfDocument document)
    {
        Document = document;
        var index = new Dictionary<PdfPage, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < document.PageCount; i++) index[document.Pages[i]] = i;
        var headings = new Dictionary<string, PdfHeading>(StringComparer.Ordinal);
        Walk(document.Outlines);
        Headings = headings;

        void Walk(PdfOutlineCollection outlines)
        {
            foreach (var outline in outlines)
            {
                if (outline.DestinationPage is { } page && index.TryGetValue(page, out var number))
                    headings.TryAdd(PdfAssembler.Normalize(outline.Title), new PdfHeading(number, Top(outline)));
                Walk(outline.Outlines);
            }
        }
    }

    internal PdfDocument Document { get; }

    public int PageCount => Document.PageCount;

    /// <summary>Where each heading of the part's bookmarks fell, by the <see cref="PdfAssembler.Normalize"/>d title (first wins).</summary>
    public IReadOnlyDictionary<string, PdfHeading> Headings { get; }

    public static PdfPart Open(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return new PdfPart(PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import));
    }

    public void Dispose() => Document.Dispose();

    // Chromium's destinations are [page /XYZ left top zoom]: the top of the heading on its page.
    private static double? Top(PdfOutline outline) =>
        outline.PageDestinationType == PdfPageDestinationType.Xyz ? outline.Top : null;
}

/// <summary>A heading's page (0-based, within its part) and its top in PDF units from the bottom of the page (null: unknown).</summary>
public readonly record struct PdfHeading(int PageIndex, double? Top);
