using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Report;

namespace Cremona.Dup.UnitTests;

public sealed class Allegato6BuilderTests
{
    private static readonly Allegato6Report.RilevazioneInfo Giugno = new(1, new DateOnly(2019, 6, 30), "Infrannuale 2019", StatoRilevazione.Chiusa, 2019);
    private static readonly DateTime Now = new(2019, 7, 15, 8, 0, 0, DateTimeKind.Utc);

    private static Allegato6Rows.Indicatore Indicatore(int ordine, string nome, bool rilevato = false, decimal? rilevatoValore = null) =>
        new(ordine, nome, "finalità", "formula", 10m, null, 2017, 2020,
            [new(2017, 1m), new(2018, 2m), new(2019, 3m), new(2020, 4m)], rilevato, rilevatoValore, rilevato ? "nota del giro" : null);

    private static Allegato6Rows.Obiettivo Obiettivo(string codice, int ordine, int responsabile, params Allegato6Rows.Indicatore[] indicatori) =>
        new(codice, "Obiettivo " + codice, ordine, "B01", "Strategico", "Politico", responsabile, "Responsabile " + responsabile,
            null, null, null, null, [new(2018, "vecchia"), new(2019, "definizione 2019"), new(2020, "futura")], StatoCompilazione.Validato,
            "Stato " + codice, null, indicatori);

    private static Allegato6Rows.Programma Programma(string codice, params Allegato6Rows.Obiettivo[] obiettivi)
    {
        var missione = Codici.ProgrammaSortKey(codice).Missione;
        return new(missione, "Missione " + missione, codice, "Programma " + codice, null, null, null, null, null, null, obiettivi);
    }

    // Deliberately out of order, as rows come from SQL without an ORDER BY.
    private static readonly Allegato6Rows.Programma[] Rows =
    [
        Programma("10.02", Obiettivo("C90", 1, 7, Indicatore(1, "Dieci"))),
        Programma("1.10", Obiettivo("C30", 2, 8), Obiettivo("C20", 1, 7, Indicatore(2, "Secondo"), Indicatore(1, "Primo"))),
        Programma("3.01"),
        Programma("1.02", Obiettivo("C07", 2, 8), Obiettivo("C06", 1, 7, Indicatore(1, "Copertura", rilevato: true, rilevatoValore: 99m))),
    ];

    private static readonly Allegato6Report.Organismo[] Organismi = [new("Aem Cremona SpA", null, [])];

    private static Allegato6Report Build(int? missione = null, string? programma = null, int? responsabile = null) =>
        Allegato6Builder.Build(Giugno, new Allegato6Filtro(Giugno.Data, missione, programma), new Allegato6Scope(responsabile), Now, Rows, Organismi);

    [Fact]
    public void Everything_is_in_classification_order()
    {
        var report = Build();

        report.Missioni.Select(m => m.Numero).Should().Equal(1, 3, 10);
        report.Programmi.Select(p => p.Codice).Should().Equal("1.02", "1.10", "3.01", "10.02");
        report.Obiettivi.Select(o => o.Codice).Should().Equal("C06", "C07", "C20", "C30", "C90");
        report.Obiettivi.Single(o => o.Codice == "C20").Indicatori.Select(i => i.Nome).Should().Equal("Primo", "Secondo");
        report.Partecipate.Should().ContainSingle();
    }

    [Fact]
    public void A_missione_filter_keeps_only_its_programmi_and_drops_the_partecipate()
    {
        var report = Build(missione: 1);

        report.Missioni.Should().ContainSingle().Which.Numero.Should().Be(1);
        report.Programmi.Select(p => p.Codice).Should().Equal("1.02", "1.10");
        report.Partecipate.Should().BeEmpty("the organismi partecipati belong to the whole document");
    }

    [Fact]
    public void A_programma_filter_keeps_one_programma()
    {
        var report = Build(programma: "1.10");

        report.Programmi.Should().ContainSingle().Which.Codice.Should().Be("1.10");
        report.Obiettivi.Select(o => o.Codice).Should().Equal("C20", "C30");
    }

    [Fact]
    public void A_responsabile_gets_only_their_obiettivi_and_the_programmi_that_hold_them()
    {
        var report = Build(responsabile: 8);

        report.Obiettivi.Select(o => o.Codice).Should().Equal("C07", "C30");
        report.Programmi.Select(p => p.Codice).Should().Equal("1.02", "1.10");
        report.Partecipate.Should().BeEmpty();
    }

    [Fact]
    public void A_responsabile_asking_for_a_programma_of_others_gets_nothing() =>
        Build(programma: "10.02", responsabile: 8).Missioni.Should().BeEmpty();

    [Fact]
    public void The_complete_report_keeps_a_programma_without_obiettivi() =>
        Build().Programmi.Should().Contain(p => p.Codice == "3.01" && p.Obiettivi.Count == 0);

    [Fact]
    public void A_round_prints_its_own_consuntivo_earlier_years_as_they_stand_and_no_later_year()
    {
        var c06 = Build().Obiettivi.Single(o => o.Codice == "C06").Indicatori.Single();
        c06.Consuntivi.Select(c => (c.Anno, c.Valore)).Should().Equal((2017, 1m), (2018, 2m), (2019, 99m), (2020, (decimal?)null));
        c06.NotaRilevazione.Should().Be("nota del giro");

        var c20 = Build().Obiettivi.Single(o => o.Codice == "C20").Indicatori[0];
        c20.ConsuntivoDi(2019).Should().Be(3m, "without a value of its own the round prints the indicator's value of its year");
    }

    [Fact]
    public void The_definizione_is_that_of_the_rounds_year()
    {
        var c06 = Build().Obiettivi.Single(o => o.Codice == "C06");
        c06.DefinizioneAnno.Should().Be(2019);
        c06.Definizione.Should().Be("definizione 2019");
    }

    [Fact]
    public void A_round_that_is_not_closed_is_a_draft()
    {
        Build().Bozza.Should().BeFalse();
        var aperta = Giugno with { Stato = StatoRilevazione.Aperta };
        Allegato6Builder.Build(aperta, new Allegato6Filtro(aperta.Data, null, null), Allegato6Scope.Tutto, Now, Rows, Organismi)
            .Bozza.Should().BeTrue();
    }

    [Fact]
    public void The_title_and_file_names_come_from_the_round()
    {
        var report = Build(missione: 1, programma: "1.02");
        report.Titolo.Should().Be("Stato di attuazione dei Programmi e obiettivi al 30 giugno 2019");
        report.Filtro.NomeFile("pdf").Should().Be("Allegato6_2019-06-30_missione-1_programma-1.02.pdf");
        new Allegato6Filtro(Giugno.Data, null, null).NomeFile("xlsx").Should().Be("Allegato6_2019-06-30.xlsx");
    }

    [Theory]
    [InlineData("2019-06-30", null, null, true, null)]
    [InlineData("30/06/2019", null, null, false, "La data \"30/06/2019\" non è valida")]
    [InlineData("2019-02-30", null, null, false, "non è valida")]
    [InlineData("2019-06-30", "uno", null, false, "La missione \"uno\" non è valida")]
    [InlineData("2019-06-30", "0", null, false, "non è valida")]
    [InlineData("2019-06-30", null, "1.2", false, "Il programma \"1.2\" non è valido")]
    [InlineData("2019-06-30", "1", "1.02", true, null)]
    public void Request_parameters_are_checked_with_Italian_messages(string data, string? missione, string? programma, bool ok, string? message)
    {
        Allegato6Richiesta.TryParse(data, missione, programma, null, out var filtro, out var errore).Should().Be(ok);
        if (ok) filtro.Should().NotBeNull();
        else errore.Should().Contain(message);
    }

    [Fact]
    public void Without_a_date_the_default_round_is_used()
    {
        Allegato6Richiesta.TryParse(null, null, null, Giugno.Data, out var filtro, out _).Should().BeTrue();
        filtro!.Data.Should().Be(Giugno.Data);
        Allegato6Queries.DataPredefinita([Giugno with { Data = new(2019, 12, 31), Stato = StatoRilevazione.Aperta }, Giugno])
            .Should().Be(Giugno.Data, "the latest closed round is printed by default");
    }

    [Fact]
    public void The_cache_key_changes_with_the_data_the_filters_and_the_scope()
    {
        var stamp = new Allegato6Stamp(Giugno, Guid.NewGuid(), 10, Now, 40, 118, 144, 50, true, null);
        var filtro = new Allegato6Filtro(Giugno.Data, null, null);
        var day = new DateOnly(2019, 7, 15);
        var key = stamp.ChiaveCache("pdf", filtro, Allegato6Scope.Tutto, null, day);

        (stamp with { MaxAuditId = 11 }).ChiaveCache("pdf", filtro, Allegato6Scope.Tutto, null, day).Should().NotBe(key);
        (stamp with { MaxUpdatedAtUtc = Now.AddSeconds(1) }).ChiaveCache("pdf", filtro, Allegato6Scope.Tutto, null, day).Should().NotBe(key);
        stamp.ChiaveCache("pdf", filtro with { Missione = 1 }, Allegato6Scope.Tutto, null, day).Should().NotBe(key);
        stamp.ChiaveCache("pdf", filtro, new Allegato6Scope(7), null, day).Should().NotBe(key);
        stamp.ChiaveCache("pdf", filtro, Allegato6Scope.Tutto, null, day).Should().Be(key);
    }
}
