using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.UnitTests;

public sealed class DomainTests
{
    private static ObiettivoOperativo NewObiettivo()
    {
        var missione = new Missione(1, "Servizi istituzionali, generali e di gestione");
        var programma = new Programma(missione, "1.02", "Segreteria generale", "Di Girolamo Gabriella",
            new ProgrammaTesti(null, null, null, null, null), 1);
        return new ObiettivoOperativo("C06", "REPERIRE RISORSE", programma, new ObiettivoStrategico("B01", "Ufficio progetti"),
            "Viola Rosita", new Responsabile("Di Girolamo Gabriella"), new ObiettivoOperativoTesti(" testo ", "", null, null), 1);
    }

    [Theory]
    [InlineData("Di Girolamo Gabriella", "di.girolamo.gabriella")]
    [InlineData("Secchi Tania Antonella", "secchi.tania.antonella")]
    [InlineData("Niccolò D'Àvila", "niccolo.d.avila")]
    [InlineData("  Pesaro   Mara ", "pesaro.mara")]
    public void User_names_are_lower_case_without_accents_joined_by_dots(string nome, string expected) =>
        UserNames.FromPersonName(nome).Should().Be(expected);

    [Theory]
    [InlineData("1.02", true)]
    [InlineData("10.02", true)]
    [InlineData("1.2", false)]
    [InlineData("1.02; drop", false)]
    public void Programma_codes_are_checked(string codice, bool valid) => Codici.IsProgramma(codice).Should().Be(valid);

    [Fact]
    public void Codes_sort_in_classification_order_not_as_text()
    {
        new[] { "10.02", "1.10", "1.02", "9.03" }.OrderBy(Codici.ProgrammaSortKey)
            .Should().Equal("1.02", "1.10", "9.03", "10.02");
    }

    [Fact]
    public void A_programma_must_belong_to_its_missione()
    {
        var act = () => new Programma(new Missione(3, "Ordine pubblico"), "1.02", "X", null, new ProgrammaTesti(null, null, null, null, null), 1);
        act.Should().Throw<ArgumentException>().WithMessage("*non appartiene alla missione 3*");
    }

    [Fact]
    public void Texts_are_trimmed_and_empty_ones_are_absent()
    {
        var obiettivo = NewObiettivo();
        obiettivo.DescrizioneSintetica.Should().Be("testo");
        obiettivo.Gap.Should().BeNull();
    }

    [Fact]
    public void A_consuntivo_outside_the_indicator_years_is_refused_and_null_is_not_zero()
    {
        var indicatore = NewObiettivo().AddIndicatore("Grado di copertura", 2017, 2021);
        indicatore.SetConsuntivo(2017, 59m);
        indicatore.SetConsuntivo(2018, null);
        indicatore.ConsuntivoDi(2017).Should().Be(59m);
        indicatore.ConsuntivoDi(2018).Should().BeNull();
        indicatore.Valori.Should().ContainSingle();

        var act = () => indicatore.SetConsuntivo(2022, 1m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*dal 2017 al 2021*");
    }

    [Fact]
    public void Changing_an_indicator_renews_its_version()
    {
        var indicatore = NewObiettivo().AddIndicatore("X", 2017, 2021);
        var before = indicatore.Version;
        indicatore.SetTarget(50m);
        indicatore.Version.Should().NotBe(before);
    }

    [Fact]
    public void A_definizione_per_year_is_added_replaced_and_removed()
    {
        var obiettivo = NewObiettivo();
        obiettivo.SetDefinizione(2019, "Prima");
        obiettivo.SetDefinizione(2019, "Seconda");
        obiettivo.Definizioni.Should().ContainSingle().Which.Testo.Should().Be("Seconda");
        obiettivo.SetDefinizione(2019, "  ");
        obiettivo.Definizioni.Should().BeEmpty();
    }

    [Theory]
    [InlineData(2019, 6, 30, true)]
    [InlineData(2019, 12, 31, true)]
    [InlineData(2019, 6, 29, false)]
    public void A_round_refers_to_30_June_or_31_December(int y, int m, int d, bool valid)
    {
        var act = () => new Rilevazione(new DateOnly(y, m, d), "Infrannuale", null);
        if (valid) act.Should().NotThrow();
        else act.Should().Throw<ArgumentException>().WithMessage("*30 giugno o il 31 dicembre*");
    }

    [Fact]
    public void A_round_goes_from_preparation_to_open_to_closed_and_a_closed_round_is_locked()
    {
        var round = new Rilevazione(new DateOnly(2019, 12, 31), "Annuale 2019", new DateOnly(2020, 1, 31));
        var item = round.Includi(NewObiettivo());
        round.Includi(item.Obiettivo).Should().BeSameAs(item, "an obiettivo is included once");

        var early = () => item.Update("Testo", null);
        early.Should().Throw<InvalidOperationException>().WithMessage("*non è aperta*");

        var aperta = new DateTime(2020, 1, 2, 8, 0, 0, DateTimeKind.Utc);
        round.ApertaIlUtc.Should().BeNull();
        round.Apri(aperta);
        round.ApertaIlUtc.Should().Be(aperta);
        item.Update("Fatto.", "Nessuna");
        item.StatoAttuazione.Should().Be("Fatto.");
        item.Stato.Should().Be(StatoCompilazione.Bozza);

        round.Chiudi();
        var late = () => item.Update("Cambiato", null);
        late.Should().Throw<InvalidOperationException>();
        item.StatoAttuazione.Should().Be("Fatto.");
        var reopen = () => round.Apri(DateTime.UtcNow);
        reopen.Should().Throw<InvalidOperationException>();
        round.Riapri();
        round.ApertaIlUtc.Should().Be(aperta, "reopening does not move the first opening");
    }

    [Fact]
    public void Texts_longer_than_the_limit_are_refused()
    {
        var round = new Rilevazione(new DateOnly(2019, 12, 31), "Annuale 2019", null);
        var item = round.Includi(NewObiettivo());
        round.Apri(DateTime.UtcNow);
        var act = () => item.Update(new string('a', TextLimits.TestoLungo + 1), null);
        act.Should().Throw<ArgumentException>().WithMessage("*20000 caratteri*");
    }
}
