using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>
/// The PDFsharp (6.2.4, MIT) side of the engine, over the body as Chromium printed it, opened once: reads where its
/// bookmarks fall, puts the index printed with the page numbers in place of the body's first pages, the cover in front,
/// and writes the metadata.
/// </summary>
public sealed partial class PdfAssembler : IDisposable
{
    private readonly PdfDocument document;

    private PdfAssembler(PdfDocument document) => this.document = document;

    /// <summary>Opens the body printed by Chromium.</summary>
    public static PdfAssembler Open(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new PdfAssembler(PdfReader.Open(new MemoryStream(body), PdfDocumentOpenMode.Modify));
    }

    public int PageCount => document.PageCount;

    /// <summary>The 1-based page of every bookmark title, by its <see cref="Normalize"/>d key (first occurrence wins).</summary>
    public IReadOnlyDictionary<string, int> BookmarkPages()
    {
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
    /// "PIANOSTRATEGICO") and now and then puts a wrapped heading's first line in front of the whole title ("… al 30"
    /// + "… al 30giugno 2019") or doubles it; so keys ignore whitespace and keep only the last of such repetitions
    /// (a title that starts with a repeated run of at least four characters, which no heading does, would be shortened
    /// the same way on both sides of a lookup).
    /// </summary>
    public static string Normalize(string title)
    {
        var key = string.Concat((title ?? "").Where(c => !char.IsWhiteSpace(c)));
        for (var i = MinimumRepeat; i <= key.Length / 2; i++)
        {
            if (key.AsSpan(i).StartsWith(key.AsSpan(0, i), StringComparison.Ordinal)) return key[i..];
        }
        return key;
    }

    private const int MinimumRepeat = 4;

    /// <summary>
    /// Puts the pages of <paramref name="replacement"/> in place of the body's first pages: the index printed alone
    /// with its page numbers takes the place of the index the body was printed with (placeholders in a column of the
    /// same width). Each body page keeps its links and its tags, which point at the page's marked content by number:
    /// so nothing is replaced, and false is returned, unless every page's sequence of marked content is the same in both
    /// (the caller then prints the body again with the numbers).
    /// </summary>
    public bool TryReplaceFirstPages(byte[] replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        using var source = PdfReader.Open(new MemoryStream(replacement), PdfDocumentOpenMode.Import);
        if (source.PageCount == 0 || source.PageCount >= document.PageCount) return false;
        for (var i = 0; i < source.PageCount; i++)
        {
            if (MarkedContent(source.Pages[i]) != MarkedContent(document.Pages[i])) return false;
        }
        for (var i = 0; i < source.PageCount; i++)
        {
            // Importing copies the page's content streams and resources (fonts) into this document.
            var imported = document.AddPage(source.Pages[i]);
            var target = document.Pages[i];
            target.Elements["/Contents"] = imported.Elements["/Contents"];
            target.Elements["/Resources"] = imported.Elements["/Resources"];
            document.Pages.Remove(imported);
        }
        return true;
    }

    /// <summary>
    /// Puts the cover's pages in front of the body (the body keeps its bookmarks, links and tags), restores bookmark
    /// titles that Chromium mangled, labels the pages so that viewers number them as the footer does, writes the
    /// metadata, and returns the file.
    /// </summary>
    public byte[] Finish(byte[]? cover, PdfMetadata metadata, IReadOnlyCollection<string>? headings = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
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

    public void Dispose() => document.Dispose();

    /// <summary>The page's marked-content operators in order (tag, MCID), the thread its structure tags hang on.</summary>
    internal static string MarkedContent(PdfPage page)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var item in page.Contents.Elements)
        {
            var stream = (item is PdfReference reference ? reference.Value : item) as PdfDictionary;
            if (stream?.Stream is null) continue;
            var text = System.Text.Encoding.Latin1.GetString(stream.Stream.UnfilteredValue);
            foreach (System.Text.RegularExpressions.Match match in MarkedContentOperator().Matches(text))
                builder.Append(match.Value).Append('\n');
        }
        return builder.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/[A-Za-z]+\s*(?:<<\s*/MCID\s+\d+\s*>>\s*BDC|BMC|<<[^>]*>>\s*BDC)|\bEMC\b")]
    private static partial System.Text.RegularExpressions.Regex MarkedContentOperator();

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
