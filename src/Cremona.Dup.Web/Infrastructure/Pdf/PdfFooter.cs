using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>
/// The footer "Pagina X di Y" of the numbered pages, drawn by PDFsharp once the whole document is joined (the documents
/// are printed apart, so no one of them knows its page numbers), where the page-margin box of the print view would put
/// it: right-aligned at the right margin, 4 mm below the bottom margin, 8 pt, #333, in the document's Titillium Web
/// (embedded as a subset with its Unicode map, so the text can be read back). It is marked as an artifact
/// (pagination), which assistive technologies skip.
/// </summary>
public static class PdfFooter
{
    public const string Family = "Titillium Web";

    private static readonly Lock Gate = new();
    private static FooterFontResolver? resolver;

    // The print view's page box: A4, margins 22/18/18/18 mm; the footer's line starts 4 mm below the bottom margin.
    // (The half point is where Chromium put the same line in its page-margin box, measured with pdftotext -bbox.)
    private static readonly double RightEdge = XUnit.FromMillimeter(210 - 18).Point + 0.5;
    private static readonly double Top = XUnit.FromMillimeter(297 - 18 + 4).Point - 0.5;

    public static string Text(int page, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"Pagina {page} di {total}");

    public static void Draw(IReadOnlyList<PdfPage> pages, byte[] regularFont)
    {
        ArgumentNullException.ThrowIfNull(pages);
        Register(regularFont);
        var font = new XFont(Family, 8, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        var brush = new XSolidBrush(XColor.FromArgb(0x33, 0x33, 0x33));
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var before = page.Contents.Elements.Count;
            using (var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append))
            {
                graphics.DrawString(Text(i + 1, pages.Count), font, brush, new XRect(0, Top, RightEdge, 12), XStringFormats.TopRight);
            }
            MarkAsArtifact(page, before);
        }
    }

    // PDFsharp appends its drawing as a new content stream (and may wrap the page's own in q … Q): the drawing is put
    // inside /Artifact BDC … EMC, after a leading Q that closes the wrap.
    private static void MarkAsArtifact(PdfPage page, int before)
    {
        for (var i = before; i < page.Contents.Elements.Count; i++)
        {
            if ((page.Contents.Elements[i] is PdfReference reference ? reference.Value : page.Contents.Elements[i]) is not PdfContent content) continue;
            var text = Encoding.Latin1.GetString(content.Stream.UnfilteredValue);
            var start = text.StartsWith("Q\n", StringComparison.Ordinal) ? 2 : 0;
            text = text[..start] + "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n" + text[start..] + "\nEMC\n";
            content.Stream.Value = Encoding.Latin1.GetBytes(text);
            content.Elements.Remove("/Filter");
            content.Elements.Remove("/DecodeParms");
        }
    }

    private static void Register(byte[] regularFont)
    {
        ArgumentNullException.ThrowIfNull(regularFont);
        lock (Gate)
        {
            if (resolver is not null) return;
            resolver = new FooterFontResolver(regularFont);
            GlobalFontSettings.FontResolver = resolver;
        }
    }

    private sealed class FooterFontResolver(byte[] regular) : IFontResolver
    {
        private const string Face = "TitilliumWeb-Regular";

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo(Face) : null;

        public byte[]? GetFont(string faceName) => faceName == Face ? regular : null;
    }
}
