using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Promemoria;

namespace Cremona.Dup.UnitTests;

public sealed class RegolePromemoriaTests
{
    private static readonly int[] Prima = [7, 2];
    private static readonly int[] Dopo = [1, 7];

    private static PromemoriaDovuto? Dovuto(int giorniAllaScadenza, params string[] registrate) =>
        RegolePromemoria.Dovuto(giorniAllaScadenza, Prima, Dopo, registrate.ToHashSet());

    [Theory]
    [InlineData(30)]
    [InlineData(8)]
    public void Nothing_is_due_more_than_seven_days_before(int giorni) => Dovuto(giorni).Should().BeNull();

    [Theory]
    [InlineData(7)]
    [InlineData(5)]
    [InlineData(3)]
    public void Prima_7_is_due_from_a_week_before(int giorni) =>
        Dovuto(giorni).Should().BeEquivalentTo(new PromemoriaDovuto("prima-7", ["prima-7"]));

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    [InlineData(0)]
    public void Within_two_days_only_prima_2_goes_out_and_prima_7_is_recorded_with_it(int giorni) =>
        Dovuto(giorni).Should().BeEquivalentTo(new PromemoriaDovuto("prima-2", ["prima-2", "prima-7"]),
            o => o.WithStrictOrdering());

    [Fact]
    public void A_rule_already_recorded_is_not_due_again()
    {
        Dovuto(6, "prima-7").Should().BeNull();
        Dovuto(2, "prima-7").Should().BeEquivalentTo(new PromemoriaDovuto("prima-2", ["prima-2"]));
        Dovuto(0, "prima-7", "prima-2").Should().BeNull();
    }

    [Fact]
    public void After_the_deadline_the_dopo_rules_apply_closest_first()
    {
        Dovuto(-1).Should().BeEquivalentTo(new PromemoriaDovuto("dopo-1", ["dopo-1"]));
        Dovuto(-6, "dopo-1").Should().BeNull();
        Dovuto(-7, "dopo-1").Should().BeEquivalentTo(new PromemoriaDovuto("dopo-7", ["dopo-7"]));
        Dovuto(-30).Should().BeEquivalentTo(new PromemoriaDovuto("dopo-7", ["dopo-7", "dopo-1"]), o => o.WithStrictOrdering());
        Dovuto(-30, "dopo-1", "dopo-7").Should().BeNull();
    }

    [Fact]
    public void The_prima_rules_are_never_sent_after_the_deadline()
    {
        Dovuto(-1).Should().NotBeNull().And.Match<PromemoriaDovuto>(d => d.DaRegistrare.All(r => r.StartsWith("dopo-", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_farther_rule_due_after_a_closer_one_went_out_is_recorded_without_sending()
    {
        // prima-10 added to the settings once prima-7 had gone out: sending it now would be late.
        RegolePromemoria.Dovuto(5, [10, 7, 2], Dopo, new HashSet<string> { "prima-7" })
            .Should().BeEquivalentTo(new PromemoriaDovuto(null, ["prima-10"]));
    }

    [Fact]
    public void Rule_names_are_stable_identifiers()
    {
        RegolePromemoria.Prima(7).Should().Be("prima-7");
        RegolePromemoria.Dopo(1).Should().Be("dopo-1");
    }

    [Fact]
    public void The_message_lists_each_missing_obiettivo_with_a_link_to_its_form()
    {
        var rilevazione = new RilevazioneConScadenza(1, new DateOnly(2019, 12, 31), "Annuale *2019*", new DateOnly(2026, 2, 20));
        var messaggio = TestoPromemoria.Crea(rilevazione, "Di Girolamo Gabriella",
        [
            new ObiettivoDaCompletare("C06", "REPERIRE RISORSE [PNRR]", StatoCompilazione.DaCompilare),
            new ObiettivoDaCompletare("C07", "ALTRO", StatoCompilazione.Restituito),
        ], 0);

        messaggio.Titolo.Should().Be("Promemoria: rilevazione «Annuale *2019*» in scadenza il 20/02/2026 (oggi)");
        messaggio.Link.Should().Be("/");
        messaggio.Testo.Should().Contain("la rilevazione **Annuale \\*2019\\*** dello stato di attuazione al 31 dicembre 2019 scade oggi")
            .And.Contain("Risultano ancora da completare 2 obiettivi operativi")
            .And.Contain("- [C06 – REPERIRE RISORSE \\[PNRR\\]](/rilevazioni/2019-12-31/obiettivi/C06) – da compilare\n")
            .And.Contain("- [C07 – ALTRO](/rilevazioni/2019-12-31/obiettivi/C07) – restituito dalla Segreteria\n");
    }
}
