using PdfSharp.Pdf;

namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>
/// The PDFsharp (6.2.4, MIT) side of the engine: joins the documents Chromium printed one by one (cover, index, runs of
/// programmi) into the whole document, with every page's tags (<see cref="PdfStructureMerger"/>), the bookmarks, the
/// index's links, the footer "Pagina X di Y" (<see cref="PdfFooter"/>), page labels and the metadata.
/// </summary>
public static class PdfAssembler
{
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
    /// The page number (as the footer prints it) of every heading of <paramref name="numbered"/>, the documents that
    /// follow the cover in order, by <see cref="Normalize"/>d title; the first occurrence wins.
    /// </summary>
    public static Dictionary<string, int> PageNumbers(IEnumerable<PdfPart> numbered)
    {
        ArgumentNullException.ThrowIfNull(numbered);
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        var offset = 0;
        foreach (var part in numbered)
        {
            foreach (var (key, heading) in part.Headings) pages.TryAdd(key, offset + heading.PageIndex + 1);
            offset += part.PageCount;
        }
        return pages;
    }

    /// <summary>
    /// The whole document: the <paramref name="cover"/>'s pages without footer, then the pages of
    /// <paramref name="numbered"/> in order, numbered from 1 in their footer ("Pagina X di Y", in
    /// <paramref name="footerFont"/>). The bookmarks are <paramref name="bookmarks"/>, each pointing where its heading
    /// fell; their anchors become the named destinations the index's links go to.
    /// </summary>
    public static byte[] Assemble(PdfPart? cover, IReadOnlyList<PdfPart> numbered, IReadOnlyList<PdfBookmark> bookmarks,
        PdfMetadata metadata, byte[] footerFont)
    {
        ArgumentNullException.ThrowIfNull(numbered);
        ArgumentNullException.ThrowIfNull(bookmarks);
        ArgumentNullException.ThrowIfNull(metadata);
        using var document = new PdfDocument();
        document.Version = 17;
        var merger = new PdfStructureMerger(document);
        var coverPages = cover is null ? 0 : merger.Append(cover).Count;
        var body = new List<PdfPage>();
        var headings = new Dictionary<string, (PdfPage Page, double? Top)>(StringComparer.Ordinal);
        foreach (var part in numbered)
        {
            var pages = merger.Append(part);
            foreach (var (key, heading) in part.Headings) headings.TryAdd(key, (pages[heading.PageIndex], heading.Top));
            body.AddRange(pages);
        }
        merger.Finish();
        AddBookmarks(document, bookmarks, headings);
        PdfFooter.Draw(body, footerFont);
        if (coverPages > 0) SetPageLabels(document, coverPages);
        document.Info.Title = metadata.Title;
        document.Info.Author = metadata.Author;
        document.Info.Subject = metadata.Subject;
        document.Info.Creator = "Cremona.Dup";
        document.Language = "it-IT";
        document.PageMode = PdfPageMode.UseOutlines;
        document.ViewerPreferences.DisplayDocTitle = true;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    // The outline as the report's structure gives it, each entry at its heading's page and height; an entry whose
    // heading is not found (none should be) is left out and its children move up. Anchored entries also become named
    // destinations (/Dests), which the index's links name.
    private static void AddBookmarks(PdfDocument document, IReadOnlyList<PdfBookmark> bookmarks,
        Dictionary<string, (PdfPage Page, double? Top)> headings)
    {
        var destinations = new PdfDictionary(document);
        Add(document.Outlines, bookmarks);
        document.Internals.Catalog.Elements["/Dests"] = destinations;

        void Add(PdfOutlineCollection outlines, IReadOnlyList<PdfBookmark> entries)
        {
            foreach (var entry in entries)
            {
                if (!headings.TryGetValue(Normalize(entry.Title), out var target))
                {
                    Add(outlines, entry.Children);
                    continue;
                }
                var outline = outlines.Add(entry.Title, target.Page, opened: false);
                outline.PageDestinationType = PdfPageDestinationType.Xyz;
                outline.Left = 0;
                outline.Top = target.Top ?? target.Page.Height.Point;
                if (entry.Anchor is not null)
                {
                    destinations.Elements["/" + entry.Anchor] = new PdfArray(document, target.Page.Reference!, new PdfName("/XYZ"),
                        new PdfInteger(0), new PdfReal(target.Top ?? target.Page.Height.Point), new PdfInteger(0));
                }
                Add(outline.Outlines, entry.Children);
            }
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
