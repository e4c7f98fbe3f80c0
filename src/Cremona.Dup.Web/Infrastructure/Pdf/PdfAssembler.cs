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

    /// <summary>
    /// The key of a bookmark title. Chromium drops the space where a heading wraps ("PIANO STRATEGICO" becomes
    /// "PIANOSTRATEGICO") and now and then doubles a title, so keys ignore whitespace and undo a doubling.
    /// </summary>
    public static string Normalize(string title)
    {
        var key = string.Concat((title ?? "").Where(c => !char.IsWhiteSpace(c)));
        var half = key.Length / 2;
        return key.Length > 0 && key.Length % 2 == 0 && key.AsSpan(0, half).SequenceEqual(key.AsSpan(half)) ? key[..half] : key;
    }

    /// <summary>
    /// Puts the cover's pages in front of the body (the body keeps its bookmarks, links and tags), labels the pages so
    /// that viewers number them as the footer does, and writes the metadata.
    /// </summary>
    public static byte[] Assemble(byte[]? cover, byte[] body, PdfMetadata metadata, IReadOnlyCollection<string>? headings = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(metadata);
        using var document = PdfReader.Open(new MemoryStream(body), PdfDocumentOpenMode.Modify);
        if (headings is { Count: > 0 }) RestoreTitles(document.Outlines, headings.DistinctBy(Normalize).ToDictionary(Normalize));
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

    private static void RestoreTitles(PdfOutlineCollection outlines, Dictionary<string, string> headings)
    {
        foreach (var outline in outlines)
        {
            if (headings.TryGetValue(Normalize(outline.Title), out var title) && outline.Title != title) outline.Title = title;
            RestoreTitles(outline.Outlines, headings);
        }
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
