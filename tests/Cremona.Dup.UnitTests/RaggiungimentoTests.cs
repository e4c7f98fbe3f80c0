using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.UnitTests;

public sealed class RaggiungimentoTests
{
    private static readonly Soglie Default = Soglie.Predefinite;

    private static Raggiungimento Calcola(decimal? target, decimal? valore, Direzione direzione = Direzione.PiuAltoMeglio) =>
        Raggiungimento.Calcola(target, valore, direzione, Default);

    [Theory]
    [InlineData(50, 59, 118.0, EsitoIndicatore.Raggiunto)]
    [InlineData(50, 50, 100.0, EsitoIndicatore.Raggiunto)]
    [InlineData(50, 45, 90.0, EsitoIndicatore.ParzialmenteRaggiunto)]
    [InlineData(50, 40, 80.0, EsitoIndicatore.ParzialmenteRaggiunto)]
    [InlineData(50, 39.9, 79.8, EsitoIndicatore.NonRaggiunto)]
    [InlineData(50, 0, 0.0, EsitoIndicatore.NonRaggiunto)]
    public void Higher_is_better_divides_the_value_by_the_target(double target, double valore, double percentuale, EsitoIndicatore esito)
    {
        var r = Calcola((decimal)target, (decimal)valore);
        r.Percentuale.Should().Be((decimal)percentuale);
        r.Esito.Should().Be(esito);
    }

    [Theory]
    [InlineData(10, 5, 200.0, EsitoIndicatore.Raggiunto)]
    [InlineData(10, 10, 100.0, EsitoIndicatore.Raggiunto)]
    [InlineData(10, 12, 83.3, EsitoIndicatore.ParzialmenteRaggiunto)]
    [InlineData(10, 20, 50.0, EsitoIndicatore.NonRaggiunto)]
    public void Lower_is_better_divides_the_target_by_the_value(double target, double valore, double percentuale, EsitoIndicatore esito)
    {
        var r = Calcola((decimal)target, (decimal)valore, Direzione.PiuBassoMeglio);
        r.Percentuale.Should().Be((decimal)percentuale);
        r.Esito.Should().Be(esito);
    }

    [Fact]
    public void A_missing_value_is_non_misurato_never_zero_percent()
    {
        var r = Calcola(50m, null);
        r.Esito.Should().Be(EsitoIndicatore.NonMisurato);
        r.Percentuale.Should().BeNull();
        r.Motivo.Should().Be("Nessun consuntivo per l'anno.");
        Calcola(10m, null, Direzione.PiuBassoMeglio).Esito.Should().Be(EsitoIndicatore.NonMisurato);
    }

    [Fact]
    public void A_missing_target_is_non_misurato_with_its_reason()
    {
        var r = Calcola(null, 12m);
        r.Esito.Should().Be(EsitoIndicatore.NonMisurato);
        r.Percentuale.Should().BeNull();
        r.Motivo.Should().Contain("senza target");
    }

    [Fact]
    public void Zero_with_lower_is_better_is_raggiunto_without_a_percentage()
    {
        var r = Calcola(3m, 0m, Direzione.PiuBassoMeglio);
        r.Esito.Should().Be(EsitoIndicatore.Raggiunto);
        r.Percentuale.Should().BeNull();
        Calcola(0m, 0m, Direzione.PiuBassoMeglio).Esito.Should().Be(EsitoIndicatore.Raggiunto);
    }

    [Fact]
    public void A_zero_target_with_lower_is_better_is_missed_by_any_positive_value()
    {
        var r = Calcola(0m, 2m, Direzione.PiuBassoMeglio);
        r.Percentuale.Should().Be(0m);
        r.Esito.Should().Be(EsitoIndicatore.NonRaggiunto);
    }

    [Fact]
    public void A_zero_target_with_higher_is_better_is_reached_by_any_value_not_negative()
    {
        Calcola(0m, 0m).Esito.Should().Be(EsitoIndicatore.Raggiunto);
        Calcola(0m, 7m).Should().Be(new Raggiungimento(null, EsitoIndicatore.Raggiunto, "Target pari a zero: raggiunto con qualsiasi valore."));
        Calcola(0m, -1m).Esito.Should().Be(EsitoIndicatore.NonRaggiunto);
    }

    [Fact]
    public void Negative_numbers_are_compared_directly_without_a_percentage()
    {
        Calcola(-5m, -3m).Should().Match<Raggiungimento>(r => r.Esito == EsitoIndicatore.Raggiunto && r.Percentuale == null);
        Calcola(-5m, -8m).Esito.Should().Be(EsitoIndicatore.NonRaggiunto);
        Calcola(-5m, -8m, Direzione.PiuBassoMeglio).Esito.Should().Be(EsitoIndicatore.Raggiunto);
    }

    [Fact]
    public void Custom_thresholds_decide_the_esito()
    {
        var soglie = new Soglie(120m, 100m);
        Raggiungimento.Calcola(50m, 55m, Direzione.PiuAltoMeglio, soglie).Esito.Should().Be(EsitoIndicatore.ParzialmenteRaggiunto);
        Raggiungimento.Calcola(50m, 60m, Direzione.PiuAltoMeglio, soglie).Esito.Should().Be(EsitoIndicatore.Raggiunto);
        Raggiungimento.Calcola(50m, 49m, Direzione.PiuAltoMeglio, soglie).Esito.Should().Be(EsitoIndicatore.NonRaggiunto);
    }

    [Fact]
    public void The_rounded_percentage_is_what_is_compared()
    {
        // 79.96% shows as 80,0%: it must not read "non raggiunto" beside it.
        var r = Calcola(100m, 79.96m);
        r.Percentuale.Should().Be(80.0m);
        r.Esito.Should().Be(EsitoIndicatore.ParzialmenteRaggiunto);
    }

    [Theory]
    [InlineData(100, 80, null)]
    [InlineData(1000, 999, null)]
    [InlineData(100, 0, "La soglia di raggiungimento parziale deve essere maggiore di zero.")]
    [InlineData(100, 100, "La soglia di raggiungimento parziale deve essere minore della soglia di raggiungimento.")]
    [InlineData(80, 100, "La soglia di raggiungimento parziale deve essere minore della soglia di raggiungimento.")]
    [InlineData(1001, 80, "La soglia di raggiungimento non può superare il 1.000%.")]
    public void Thresholds_must_be_ordered_and_bounded(double raggiunto, double parziale, string? errore)
    {
        Soglie.Verifica((decimal)raggiunto, (decimal)parziale).Should().Be(errore);
        var create = () => new Soglie((decimal)raggiunto, (decimal)parziale);
        if (errore is null) create.Should().NotThrow();
        else create.Should().Throw<ArgumentException>().WithMessage(errore);
    }

    [Fact]
    public void An_indicator_has_both_thresholds_or_neither()
    {
        Soglie.Verifica(null, null).Should().BeNull();
        Soglie.Verifica(120m, null).Should().StartWith("Indicare anche la soglia di raggiungimento parziale");
        Soglie.Verifica(null, 50m).Should().StartWith("Indicare anche la soglia di raggiungimento,");
    }
}
