using Cremona.Dup.Web.Infrastructure.Pdf;

namespace Cremona.Dup.UnitTests;

/// <summary>Bookmark titles as Chromium writes them, matched to the headings they come from (index page numbers).</summary>
public sealed class PdfAssemblerTests
{
    private const string Partecipate = "Rendicontazione sullo stato di attuazione degli indirizzi strategici al 30 giugno 2019";

    [Theory]
    [InlineData("C64 - SOSTENERE LE PROSPETTIVE DI SVILUPPO DEGLI INSEDIAMENTI PRODUTTIVI ALL'INTERNO DEL PIANOSTRATEGICO",
        "C64 - SOSTENERE LE PROSPETTIVE DI SVILUPPO DEGLI INSEDIAMENTI PRODUTTIVI ALL'INTERNO DEL PIANO STRATEGICO")]
    [InlineData("Programma 1.02 - Segreteria generaleProgramma 1.02 - Segreteria generale", "Programma 1.02 - Segreteria generale")]
    [InlineData("Rendicontazione sullo stato di attuazione degli indirizzi strategici al 30Rendicontazione sullo stato di attuazione degli indirizzi strategici al 30giugno 2019",
        Partecipate)]
    public void A_mangled_bookmark_has_the_key_of_its_heading(string bookmark, string heading) =>
        PdfAssembler.Normalize(bookmark).Should().Be(PdfAssembler.Normalize(heading));

    [Theory]
    [InlineData("Missione 1 - Servizi istituzionali, generali e di gestione", "Missione 10 - Trasporti e diritto alla mobilità")]
    [InlineData("Programma 1.02 - Segreteria generale", "Programma 1.03 - Gestione economica, finanziaria, programmazione e provveditorato")]
    [InlineData("Aem Cremona SpA", "Azienda Speciale Cremona Solidale")]
    [InlineData("Indice", Partecipate)]
    public void Different_headings_keep_different_keys(string one, string other) =>
        PdfAssembler.Normalize(one).Should().NotBe(PdfAssembler.Normalize(other));

    [Fact]
    public void A_title_without_repetitions_is_only_stripped_of_spaces() =>
        PdfAssembler.Normalize("C06 - REPERIRE RISORSE").Should().Be("C06-REPERIRERISORSE");
}

/// <summary>Header of the PDF pages as CSS page-margin boxes, with the texts of the settings escaped.</summary>
public sealed class PageStyleTests
{
    private static PdfDocumentRequest Request(string left, string right) =>
        new(null, null, [], left, right, new PdfMetadata("t", "a", "s"), [], []);

    [Fact]
    public void The_body_has_margins_and_a_header_and_leaves_the_footer_to_the_joined_document()
    {
        var style = ChromiumPdfRenderer.PageStyle(Request("Comune di Cremona – Segreteria Generale", "Allegato 6)"));

        style.Should().Contain("margin: 22mm 18mm 18mm 18mm")
            .And.Contain("@top-left { content: \"Comune di Cremona – Segreteria Generale\";")
            .And.Contain("@top-right { content: \"Allegato 6)\";")
            .And.NotContain("@bottom", "no part knows its page numbers: PdfFooter draws them");
    }

    [Fact]
    public void The_cover_has_no_margins_and_no_boxes() =>
        ChromiumPdfRenderer.PageStyle(null).Should().Be("@page { size: A4; margin: 0; }");

    [Theory]
    [InlineData("Comune \"X\"", "\"Comune \\22 X\\22 \"")]
    [InlineData("</style><script>alert(1)</script>", "\"\\3C /style\\3E \\3C script\\3E alert(1)\\3C /script\\3E \"")]
    [InlineData("a\\b\nc", "\"a\\5C b\\A c\"")]
    public void Texts_from_the_settings_cannot_leave_their_CSS_string(string text, string expected) =>
        ChromiumPdfRenderer.CssString(text).Should().Be(expected);
}
