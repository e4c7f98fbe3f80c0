using Cremona.Dup.IntegrationTests.Infrastructure;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// The Allegato 6 is printed in parts (the index, runs of programmi, the cover) and joined by PdfAssembler: the joined
/// file keeps every tag, link and id of its parts, draws the footer as an artifact, and is the same document however the
/// body is cut.
/// </summary>
[Collection(PdfRenders.Name)]
public sealed class ReportPdfPartiTests(ReportAppFactory whole, ReportUnProgrammaPerParteFactory split)
    : IClassFixture<ReportAppFactory>, IClassFixture<ReportUnProgrammaPerParteFactory>
{
    private const string Full = "/report/allegato6.pdf?data=2019-06-30";

    [Fact]
    public async Task Every_marked_content_annotation_and_link_of_the_joined_parts_is_tagged_and_resolves()
    {
        var pdf = (await whole.DownloadAsync(TestUsers.Segreteria, Full)).Content;

        var tags = TaggedPdf.Check(pdf);

        tags.Problems.Should().BeEmpty();
        tags.MarkedContents.Should().BeGreaterThan(5_000, "every text run of 242 pages is marked content");
        tags.Elements.Should().BeGreaterThan(5_000);
        tags.Links.Should().BeGreaterThanOrEqualTo(58, "the index links to 15 missioni, 40 programmi, the partecipate and 2 organismi");
        tags.Annotations.Should().BeGreaterThanOrEqualTo(tags.Links);
    }

    [Fact]
    public async Task The_footer_is_a_pagination_artifact_on_numbered_pages_only()
    {
        var pdf = (await whole.DownloadAsync(TestUsers.Segreteria, Full)).Content;
        const string Footer = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC";

        TaggedPdf.HasArtifact(pdf, 0, Footer).Should().BeFalse("the cover has no footer");
        TaggedPdf.HasArtifact(pdf, 1, Footer).Should().BeTrue();
        TaggedPdf.HasArtifact(pdf, 241, Footer).Should().BeTrue();
    }

    [Fact]
    public async Task Printed_one_programma_per_part_the_report_has_the_same_pages_texts_and_bookmarks()
    {
        var one = (await whole.DownloadAsync(TestUsers.Segreteria, Full)).Content;
        var many = (await split.DownloadAsync(TestUsers.Segreteria, Full)).Content;

        // Same words at the same places (within a twentieth of a point: a page that starts a print is laid out from a
        // whole pixel, one that continues the body from a fraction of one).
        (await Poppler.PagesAsync(many)).Should().HaveCount((await Poppler.PagesAsync(one)).Count);
        // (pdftotext's reading order follows such fractions, so the words are compared page by page in a fixed order.)
        var expected = InOrder(await Poppler.WordsAsync(one));
        var actual = InOrder(await Poppler.WordsAsync(many));
        expected.Should().HaveCountGreaterThan(50_000);
        actual.Select(w => (w.Page, w.Text)).Should().Equal(expected.Select(w => (w.Page, w.Text)));
        var moved = actual.Zip(expected).Where(p => Math.Abs(p.First.XMin - p.Second.XMin) > 0.05 || Math.Abs(p.First.YMin - p.Second.YMin) > 0.05
            || Math.Abs(p.First.XMax - p.Second.XMax) > 0.05 || Math.Abs(p.First.YMax - p.Second.YMax) > 0.05).Take(5).ToList();
        moved.Should().BeEmpty();
        Bookmarks(many).Should().Equal(Bookmarks(one));
        Bookmarks(one).Should().HaveCount(177, "Indice, 15 missioni, 40 programmi, 118 obiettivi, the partecipate and 2 organismi");
        TaggedPdf.Check(many).Problems.Should().BeEmpty();
        // Each print embeds its own subset of the regular face: the cover, the index and 3 runs, or 40 runs.
        (await RegularSubsets(one)).Should().BeInRange(3, 6);
        (await RegularSubsets(many)).Should().BeGreaterThanOrEqualTo(40, "each of the 40 programmi was printed apart");
    }

    [Fact]
    public async Task A_report_with_nothing_to_print_is_the_cover_and_the_index_saying_so()
    {
        var pdf = await whole.DownloadAsync(TestUsers.ResponsabileC06, Full + "&missione=3");
        pdf.Status.Should().Be(System.Net.HttpStatusCode.OK);

        var pages = await Poppler.PagesAsync(pdf.Content);
        pages.Should().HaveCount(2, "no blank page for an empty body");
        pages[1].Should().Contain("Nessun obiettivo operativo corrisponde alla richiesta.").And.Contain("Pagina 1 di 1");
        TaggedPdf.Check(pdf.Content).Problems.Should().BeEmpty();
    }

    // Every bookmark as "level title → file page".
    private static List<string> Bookmarks(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var pages = new Dictionary<PdfPage, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < document.PageCount; i++) pages[document.Pages[i]] = i + 1;
        var list = new List<string>();
        Walk(document.Outlines, 0);
        return list;

        void Walk(PdfOutlineCollection outlines, int level)
        {
            foreach (var outline in outlines)
            {
                list.Add($"{level} {outline.Title} → {(outline.DestinationPage is { } page ? pages[page] : 0)}");
                Walk(outline.Outlines, level + 1);
            }
        }
    }

    private static List<Poppler.Word> InOrder(IEnumerable<Poppler.Word> words) =>
        words.OrderBy(w => w.Page).ThenBy(w => w.Text, StringComparer.Ordinal).ThenBy(w => w.YMin).ThenBy(w => w.XMin).ToList();

    private static async Task<int> RegularSubsets(byte[] pdf) =>
        (await Poppler.FontsAsync(pdf)).Split('\n').Count(l => l.Contains("+TitilliumWeb-Regular", StringComparison.Ordinal));
}
