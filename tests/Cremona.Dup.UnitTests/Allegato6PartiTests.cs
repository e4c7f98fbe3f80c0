using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Report;

namespace Cremona.Dup.UnitTests;

/// <summary>How the Allegato 6's body is cut into runs of programmi, its bookmarks, and the anchors the index needs.</summary>
public sealed class Allegato6PartiTests
{
    private static Allegato6Report.Programma Programma(int missione, string codice, int obiettivi, int caratteri) =>
        new(missione, codice, $"Programma {codice}", "Rossi", new string('x', caratteri), null, null, null, null,
            Enumerable.Range(1, obiettivi).Select(n => new Allegato6Report.Obiettivo($"C{codice.Replace(".", "", StringComparison.Ordinal)}{n}",
                $"Obiettivo {n}", n, null, null, null, 1, "Bianchi", null, null, null, null, null, null, null, null, null,
                [new Allegato6Report.Indicatore("C", 1, "Indicatore", null, null, 1, null, null, [])])).ToList());

    private static Allegato6Report Report(bool partecipate, params Allegato6Report.Missione[] missioni) =>
        new(new Allegato6Report.RilevazioneInfo(1, new DateOnly(2019, 6, 30), "Infrannuale 2019", StatoRilevazione.Chiusa, 2019),
            new Allegato6Filtro(new DateOnly(2019, 6, 30), null, null), Allegato6Scope.Tutto, DateTime.UtcNow, missioni,
            partecipate ? [new Allegato6Report.Organismo("Aem Cremona SpA", null, [])] : []);

    private static Allegato6Report Sample(bool partecipate = true) => Report(partecipate,
        new Allegato6Report.Missione(1, "Servizi", [Programma(1, "1.01", 2, 1_000), Programma(1, "1.02", 1, 50_000), Programma(1, "1.03", 3, 10)]),
        new Allegato6Report.Missione(5, "Cultura", [Programma(5, "5.01", 1, 30_000), Programma(5, "5.02", 4, 100)]));

    [Fact]
    public void Runs_are_contiguous_cover_every_programma_once_and_the_last_holds_the_partecipate()
    {
        var report = Sample();

        var parti = Allegato6Pdf.Parti(report, 40_000);

        // Weights about 5k, 52k, 6k, 32k and 8k: three shares of about 34k.
        parti.Select(p => (p.Da, p.A)).Should().Equal((0, 2), (2, 4), (4, 5));
        parti.Should().OnlyContain(p => !p.Copertina && !p.Indice);
        parti.Select(p => p.Partecipate).Should().Equal(false, false, true);
    }

    [Fact]
    public void The_number_of_runs_is_a_multiple_of_the_runs_printed_at_once()
    {
        var report = Sample();

        Allegato6Pdf.Parti(report, 40_000, parallele: 2).Select(p => (p.Da, p.A)).Should().Equal((0, 2), (2, 3), (3, 4), (4, 5));
        Allegato6Pdf.Parti(report, 200_000, parallele: 2).Select(p => (p.Da, p.A)).Should().Equal((0, 2), (2, 5));
        Allegato6Pdf.Parti(report, 1, parallele: 2).Should().HaveCount(5, "never more runs than programmi");
    }

    [Fact]
    public void A_size_of_one_prints_each_programma_apart_and_a_huge_one_the_body_in_one_run()
    {
        var report = Sample();

        Allegato6Pdf.Parti(report, 1).Select(p => (p.Da, p.A)).Should().Equal((0, 1), (1, 2), (2, 3), (3, 4), (4, 5));
        Allegato6Pdf.Parti(report, int.MaxValue).Should().Equal(new Allegato6Parte(false, false, 0, 5, true));
    }

    [Fact]
    public void Nothing_to_print_is_no_run_the_partecipate_alone_one_and_the_weight_grows_with_the_texts()
    {
        Allegato6Pdf.Parti(Report(false), 1_000).Should().BeEmpty();
        Allegato6Pdf.Parti(Report(true), 1_000).Should().Equal(new Allegato6Parte(false, false, 0, 0, true));
        Allegato6Pdf.Peso(Programma(1, "1.01", 1, 50_000)).Should().BeGreaterThan(Allegato6Pdf.Peso(Programma(1, "1.01", 1, 10)) + 49_000);
        Allegato6Pdf.Peso(Programma(1, "1.01", 5, 10)).Should().BeGreaterThan(Allegato6Pdf.Peso(Programma(1, "1.01", 1, 10)));
    }

    [Fact]
    public void Bookmarks_follow_missione_programma_obiettivo_with_the_anchors_of_the_index()
    {
        var bookmarks = Allegato6Pdf.Segnalibri(Sample());

        bookmarks.Select(b => b.Title).Should().Equal("Indice", "Missione 1 - Servizi", "Missione 5 - Cultura",
            "Rendicontazione sullo stato di attuazione degli indirizzi strategici al 30 giugno 2019");
        bookmarks.Select(b => b.Anchor).Should().Equal("indice", "missione-1", "missione-5", "partecipate");
        bookmarks[1].Children.Select(p => p.Anchor).Should().Equal("programma-1.01", "programma-1.02", "programma-1.03");
        bookmarks[1].Children[0].Children.Select(o => o.Title).Should().Equal("C1011 - Obiettivo 1", "C1012 - Obiettivo 2");
        bookmarks[3].Children.Select(o => (o.Title, o.Anchor)).Should().Equal(("Aem Cremona SpA", "organismo-0"));
    }

    [Fact]
    public void The_index_printed_alone_carries_an_anchor_for_every_target_and_the_whole_body_none()
    {
        var report = Sample();

        new Allegato6PrintModel(report, Allegato6Parte.SoloIndice, null, "", null).AncoreAltrove().Should().Equal(
            "missione-1", "programma-1.01", "programma-1.02", "programma-1.03", "missione-5", "programma-5.01", "programma-5.02",
            "partecipate", "organismo-0");
        new Allegato6PrintModel(report, Allegato6Parte.Tutto, null, "", null).AncoreAltrove().Should().BeEmpty();
        new Allegato6PrintModel(report, new Allegato6Parte(false, true, 1, 4, false), null, "", null).AncoreAltrove().Should().Equal(
            "missione-1", "programma-1.01", "programma-5.02", "partecipate", "organismo-0");
        new Allegato6PrintModel(report, new Allegato6Parte(false, false, 0, 0, false), null, "", null).AncoreAltrove()
            .Should().BeEmpty("only a print with the index needs them");
    }
}
