using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The Allegato 6 PDF read back: pages, footers, bookmarks, texts and values of the dataset, fonts, filters, scope.</summary>
[Collection(PdfRenders.Name)]
public sealed partial class ReportPdfTests(ReportAppFactory app) : IClassFixture<ReportAppFactory>
{
    private const string Full = "/report/allegato6.pdf?data=2019-06-30";

    private static string Flat(string text) => Spaces().Replace(text, " ");

    [Fact]
    public async Task The_full_report_is_a_pdf_attachment_named_after_the_round()
    {
        var pdf = await app.DownloadAsync(TestUsers.Segreteria, Full);

        pdf.Status.Should().Be(HttpStatusCode.OK);
        pdf.ContentType.Should().Be("application/pdf");
        pdf.FileName.Should().Be("Allegato6_2019-06-30.pdf");
        pdf.Content.AsSpan(0, 5).ToArray().Should().Equal("%PDF-"u8.ToArray());
    }

    [Fact]
    public async Task Every_page_but_the_cover_has_header_and_Pagina_X_di_Y()
    {
        var pages = await Poppler.PagesAsync((await app.DownloadAsync(TestUsers.Segreteria, Full)).Content);
        var info = await Poppler.InfoAsync((await app.DownloadAsync(TestUsers.Segreteria, Full)).Content);

        pages.Count.Should().BeGreaterThan(100, "the real 2019 report runs to about two hundred pages");
        info.Should().Contain($"Pages:           {pages.Count}");
        Flat(pages[0]).Should().Contain("COMUNE DI CREMONA").And.Contain("Segreteria Generale").And.Contain("Allegato 6)")
            .And.Contain("Stato di attuazione dei Programmi e obiettivi al 30 giugno 2019");
        pages[0].Should().NotContain("Pagina ", "the cover has no header or footer");
        pages[0].Should().NotContain("BOZZA", "the round is closed");
        var body = pages.Count - 1;
        for (var i = 1; i < pages.Count; i++)
        {
            pages[i].Should().Contain($"Pagina {i} di {body}", $"page {i + 1} of the file is page {i} after the cover");
            pages[i].Should().Contain("Comune di Cremona – Segreteria Generale");
        }
    }

    [Fact]
    public async Task Metadata_tags_language_and_bookmarks_missione_programma_obiettivo()
    {
        var pdf = (await app.DownloadAsync(TestUsers.Segreteria, Full)).Content;
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

        document.Info.Title.Should().Be("Allegato 6 – Stato di attuazione dei Programmi e obiettivi al 30 giugno 2019");
        document.Info.Author.Should().Be("Comune di Cremona – Segreteria Generale");
        document.Info.Subject.Should().Contain("Infrannuale 2019");
        (await Poppler.InfoAsync(pdf)).Should().Contain("Tagged:          yes");
        document.Internals.Catalog.Elements.GetString("/Lang").Should().Be("it-IT");

        var top = document.Outlines.Select(o => o.Title).ToList();
        top.Should().StartWith("Indice");
        top.Should().Contain("Missione 1 - Servizi istituzionali, generali e di gestione");
        top.Should().Contain("Rendicontazione sullo stato di attuazione degli indirizzi strategici al 30 giugno 2019");
        var missione1 = document.Outlines.Single(o => o.Title.StartsWith("Missione 1 ", StringComparison.Ordinal));
        var programma = missione1.Outlines.First();
        programma.Title.Should().Be("Programma 1.02 - Segreteria generale");
        programma.Outlines.Select(o => o.Title).Should().StartWith(["C06 - REPERIRE RISORSE A SOSTEGNO DEI PROGETTI DELL'ENTE", "C07 - CONTABILITA' ANALITICA"]);
        document.Outlines.SelectMany(m => m.Outlines).SelectMany(p => p.Outlines).Select(o => o.Title).Should()
            .Contain("C64 - SOSTENERE LE PROSPETTIVE DI SVILUPPO DEGLI INSEDIAMENTI PRODUTTIVI ALL'INTERNO DEL PIANO STRATEGICO",
                "a heading that wraps keeps its spaces in the bookmark");

        var obiettivi = document.Outlines.SelectMany(m => m.Outlines).SelectMany(p => p.Outlines)
            .Where(o => CodeAtStart().IsMatch(o.Title)).Select(o => o.Title.Split(' ')[0]).ToList();
        obiettivi.Should().HaveCount(118, "every obiettivo operativo has its bookmark under its programma");
    }

    [Fact]
    public async Task The_index_lists_programmi_with_the_pages_their_bookmarks_point_to()
    {
        var pdf = (await app.DownloadAsync(TestUsers.Segreteria, Full)).Content;
        var pages = await Poppler.PagesAsync(pdf, layout: true);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var index = document.Pages.Cast<PdfPage>().Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var programma = document.Outlines.SelectMany(m => m.Outlines).Single(o => o.Title == "Programma 4.02 - Altri ordini di istruzione non universitaria");
        var footerNumber = index[programma.DestinationPage!]; // file page i is footer page i (the cover is page 0)

        var toc = Flat(pages[1] + " " + pages[2]);
        toc.Should().Contain("Indice");
        Regex.IsMatch(toc, $@"Programma 4\.02 - Altri ordini di istruzione non universitaria\s*{footerNumber}\b").Should().BeTrue(
            $"the index must give page {footerNumber} for programma 4.02");
    }

    [Fact]
    public async Task Every_obiettivo_indicator_and_value_of_the_dataset_is_printed()
    {
        var text = Flat(string.Join(' ', await Poppler.PagesAsync((await app.DownloadAsync(TestUsers.Segreteria, Full)).Content)));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var codici = await db.ObiettiviOperativi.Select(o => o.Codice).ToListAsync();
        var indicatori = await db.Indicatori.Select(i => i.Nome).ToListAsync();

        codici.Should().HaveCount(118);
        codici.Where(c => !text.Contains(c + " - ", StringComparison.Ordinal)).Should().BeEmpty();
        indicatori.Should().HaveCount(144);
        indicatori.Where(n => !text.Contains(Flat(n), StringComparison.Ordinal)).Should().BeEmpty();
        text.Should().Contain("Grado di copertura dei progetti 50,00 59,00 91,00", "target and consuntivi of C06 print in it-IT");
        text.Should().Contain("nel primo semestre 2019 55 progetti");
        text.Should().Contain("Stato di Attuazione Infrannuale 2019").And.Contain("Azioni Correttive Infrannuale 2019");
        text.Should().Contain("Definizione Ob. Operativo DUP 2019");
        text.Should().Contain("Aem Cremona SpA").And.Contain("Target Atteso").And.Contain("Trasmissione documentazione richiesta");
    }

    [Fact]
    public async Task Titillium_Web_is_embedded_in_body_header_and_footer()
    {
        var fonts = await Poppler.FontsAsync((await app.DownloadAsync(TestUsers.Segreteria, Full)).Content);
        var rows = fonts.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();

        rows.Should().Contain(l => l.Contains("TitilliumWeb-Regular", StringComparison.Ordinal));
        rows.Should().Contain(l => l.Contains("TitilliumWeb-Bold", StringComparison.Ordinal));
        // The index page has only Titillium text in body, header and footer: no fallback font there.
        var index = (await Poppler.FontsAsync((await app.DownloadAsync(TestUsers.Segreteria, Full)).Content, 2)).Split('\n').Skip(2)
            .Where(l => l.Length > 0).ToList();
        // (Chromium names the faces by their PostScript name, TitilliumWeb-Regular; PDFsharp, which draws the footer, by
        // their full name, Titillium Web Regular.)
        index.Should().NotBeEmpty().And.OnlyContain(l => TitilliumName().IsMatch(l));
        index.Should().Contain(l => l.Contains("Titillium Web Regular", StringComparison.Ordinal), "the footer's face");
        // Glyphs Titillium lacks (₃, ≥, Δ in the dataset) come from embedded fallback fonts.
        rows.Should().OnlyContain(l => Regex.IsMatch(l, @"\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$"), "every font is embedded");
    }

    [Fact]
    public async Task The_same_round_with_unchanged_data_comes_from_the_cache_with_identical_bytes()
    {
        var first = await app.DownloadAsync(TestUsers.Segreteria, Full);
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(Full, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        clock.Stop();

        response.Headers.GetValues("X-Cache").Should().Equal("HIT");
        bytes.Should().Equal(first.Content);
        clock.ElapsedMilliseconds.Should().BeLessThan(2000, "a cached file is served without rendering (well under 100 ms on an idle machine)");
    }

    [Fact]
    public async Task A_missione_filter_prints_nothing_of_other_missioni()
    {
        var pdf = await app.DownloadAsync(TestUsers.Segreteria, "/report/allegato6.pdf?data=2019-06-30&missione=1");
        pdf.Status.Should().Be(HttpStatusCode.OK);
        pdf.FileName.Should().Be("Allegato6_2019-06-30_missione-1.pdf");
        var text = Flat(string.Join(' ', await Poppler.PagesAsync(pdf.Content)));

        text.Should().Contain("Missione 1 - Servizi istituzionali").And.Contain("C06 - REPERIRE RISORSE");
        text.Should().NotContain("Missione 3 - Ordine pubblico e sicurezza");
        text.Should().NotContain("Programma 3.01");
        text.Should().NotContain("Rendicontazione sullo stato di attuazione degli indirizzi strategici", "the partecipate print only in the whole document");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var altri = await db.ObiettiviOperativi.Where(o => o.Programma.Missione.Numero != 1).Select(o => o.Codice).ToListAsync();
        altri.Where(c => text.Contains(c + " - ", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_responsabile_gets_only_their_own_obiettivi()
    {
        var pdf = await app.DownloadAsync(TestUsers.ResponsabileC06, Full);
        pdf.Status.Should().Be(HttpStatusCode.OK);
        using var document = PdfReader.Open(new MemoryStream(pdf.Content), PdfDocumentOpenMode.Import);
        var printed = document.Outlines.SelectMany(m => m.Outlines).SelectMany(p => p.Outlines)
            .Select(o => o.Title.Split(' ')[0]).ToList();

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var own = await db.ObiettiviOperativi.Where(o => o.ResponsabileGestionale.Nome == "Di Girolamo Gabriella")
            .Select(o => o.Codice).ToListAsync();
        own.Should().HaveCount(16);
        printed.Should().BeEquivalentTo(own);
        var text = Flat(string.Join(' ', await Poppler.PagesAsync(pdf.Content)));
        text.Should().Contain("Obiettivi del responsabile gestionale Di Girolamo Gabriella");
        text.Should().NotContain("Rendicontazione sullo stato di attuazione degli indirizzi strategici");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^C\d{2,5} - ")]
    private static partial Regex CodeAtStart();

    [GeneratedRegex(@"\+Titillium ?Web")]
    private static partial Regex TitilliumName();
}
