using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.UnitTests;

public sealed class IndicatoreMisuraTests
{
    private static Indicatore NewIndicatore()
    {
        var missione = new Missione(1, "Servizi istituzionali, generali e di gestione");
        var programma = new Programma(missione, "1.02", "Segreteria generale", null, new ProgrammaTesti(null, null, null, null, null), 1);
        var obiettivo = new ObiettivoOperativo("C06", "REPERIRE RISORSE", programma, null, null, new Responsabile("Di Girolamo Gabriella"),
            new ObiettivoOperativoTesti(null, null, null, null), 1);
        return obiettivo.AddIndicatore("Grado di copertura dei progetti", 2017, 2021);
    }

    [Fact]
    public void Setting_direction_unit_and_thresholds_renews_the_version()
    {
        var indicatore = NewIndicatore();
        var before = indicatore.Version;

        indicatore.ImpostaMisura(Direzione.PiuBassoMeglio, " % ", 110m, 90m);

        indicatore.Direzione.Should().Be(Direzione.PiuBassoMeglio);
        indicatore.Unita.Should().Be("%");
        indicatore.SogliaRaggiunto.Should().Be(110m);
        indicatore.SogliaParziale.Should().Be(90m);
        indicatore.Version.Should().NotBe(before);
        indicatore.SoglieEffettive(Soglie.Predefinite).Should().Be(new Soglie(110m, 90m));
    }

    [Fact]
    public void Without_its_own_thresholds_an_indicator_uses_the_defaults()
    {
        var indicatore = NewIndicatore();
        indicatore.ImpostaMisura(Direzione.PiuAltoMeglio, "", null, null);
        indicatore.Unita.Should().BeNull();
        indicatore.SoglieEffettive(new Soglie(90m, 70m)).Should().Be(new Soglie(90m, 70m));
    }

    [Theory]
    [InlineData(80, 90, "La soglia di raggiungimento parziale deve essere minore della soglia di raggiungimento.")]
    [InlineData(2000, 90, "La soglia di raggiungimento non può superare il 1.000%.")]
    [InlineData(100, -1, "La soglia di raggiungimento parziale deve essere maggiore di zero.")]
    public void Invalid_thresholds_are_refused_and_nothing_changes(double raggiunto, double parziale, string message)
    {
        var indicatore = NewIndicatore();
        var before = indicatore.Version;

        var act = () => indicatore.ImpostaMisura(Direzione.PiuBassoMeglio, "n.", (decimal)raggiunto, (decimal)parziale);

        act.Should().Throw<ArgumentException>().WithMessage(message);
        indicatore.Direzione.Should().Be(Direzione.PiuAltoMeglio);
        indicatore.Unita.Should().BeNull();
        indicatore.Version.Should().Be(before);
    }

    [Fact]
    public void A_long_unit_is_refused()
    {
        var act = () => NewIndicatore().ImpostaMisura(Direzione.PiuAltoMeglio, new string('x', 21), null, null);
        act.Should().Throw<ArgumentException>().WithMessage("L'unità di misura può contenere al massimo 20 caratteri*");
    }

    [Fact]
    public void The_settings_row_renews_its_version_and_keeps_valid_thresholds_only()
    {
        var impostazioni = new ImpostazioniIndicatori(Soglie.Predefinite);
        var before = impostazioni.Version;
        impostazioni.ImpostaSoglie(new Soglie(95m, 75m));
        impostazioni.Soglie.Should().Be(new Soglie(95m, 75m));
        impostazioni.Version.Should().NotBe(before);
        var invalid = () => impostazioni.ImpostaSoglie(default);
        invalid.Should().Throw<ArgumentException>();
    }
}
