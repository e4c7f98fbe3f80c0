using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>The PDFsharp (6.2.4, MIT) side of the engine: reads bookmarks, puts the cover in front, sets metadata.</summary>
public static class PdfAssembler
{
    /// <summary>The 1-based page of every bookmark title (first occurrence wins).</summary>
    public static IReadOnlyDictionary<string, int> BookmarkPages(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var index = new Dictionary<PdfPage, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < document.PageCount; i++) index[document.Pages[i]] = i + 1;
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        Walk(document.Outlines);
        return pages;

        void Walk(PdfOutlineCollection outlines)
        {
            foreach (var outline in outlines)
            {
                if (outline.DestinationPage is { } page && index.TryGetValue(page, out var number))
                    pages.TryAdd(Normalize(outline.Title), number);
                Walk(outline.Outlines);
            }
        }
    }

    /// <summary>Bookmark titles as Chromium writes them: whitespace collapsed.</summary>
    public static string Normalize(string title) =>
        string.Join(' ', (title ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Puts the cover's pages in front of the body (the body keeps its bookmarks, links and tags), labels the pages so
    /// that viewers number them as the footer does, and writes the metadata.
    /// </summary>
    public static byte[] Assemble(byte[]? cover, byte[] body, PdfMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(metadata);
        using var document = PdfReader.Open(new MemoryStream(body), PdfDocumentOpenMode.Modify);
        var coverPages = 0;
        if (cover is not null)
        {
            using var coverDocument = PdfReader.Open(new MemoryStream(cover), PdfDocumentOpenMode.Import);
            foreach (var page in coverDocument.Pages) document.InsertPage(coverPages++, page);
        }
        if (coverPages > 0) SetPageLabels(document, coverPages);
        document.Info.Title = metadata.Title;
        document.Info.Author = metadata.Author;
        document.Info.Subject = metadata.Subject;
        document.Info.Creator = "Cremona.Dup";
        document.Language = "it-IT";
        document.PageMode = PdfPageMode.UseOutlines;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    // "Copertina" for the cover, then 1, 2, 3… as printed in the footers.
    private static void SetPageLabels(PdfDocument document, int coverPages)
    {
        var cover = new PdfDictionary(document);
        cover.Elements["/P"] = new PdfString("Copertina");
        var body = new PdfDictionary(document);
        body.Elements["/S"] = new PdfName("/D");
        var nums = new PdfArray(document, new PdfInteger(0), cover, new PdfInteger(coverPages), body);
        var labels = new PdfDictionary(document);
        labels.Elements["/Nums"] = nums;
        document.Internals.Catalog.Elements["/PageLabels"] = labels;
    }
}
