using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.UnitTests;

public sealed class RilevazioneObiettivoTests
{
    private static readonly DateTime Now = new(2020, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    private static (Rilevazione Round, RilevazioneObiettivo Item, Indicatore Indicatore) NewOpenRound(Direzione direzione = Direzione.PiuAltoMeglio)
    {
        var missione = new Missione(1, "Servizi istituzionali");
        var programma = new Programma(missione, "1.02", "Segreteria generale", null, new ProgrammaTesti(null, null, null, null, null), 1);
        var obiettivo = new ObiettivoOperativo("C06", "REPERIRE RISORSE", programma, null, null, new Responsabile("Di Girolamo Gabriella"),
            new ObiettivoOperativoTesti(null, null, null, null), 1);
        var indicatore = obiettivo.AddIndicatore("Grado di copertura", 2017, 2021);
        indicatore.SetTarget(50m);
        indicatore.SetDirezione(direzione);
        var round = new Rilevazione(new DateOnly(2019, 12, 31), "Annuale 2019", new DateOnly(2020, 1, 31));
        var item = round.Includi(obiettivo);
        round.Apri(DateTime.UtcNow);
        return (round, item, indicatore);
    }

    [Fact]
    public void The_whole_cycle_draft_send_return_send_validate()
    {
        var (_, item, _) = NewOpenRound();
        item.Update("Bozza", null);
        item.Stato.Should().Be(StatoCompilazione.Bozza);
        item.Invia(Now, "di.girolamo.gabriella");
        item.Stato.Should().Be(StatoCompilazione.Inviato);
        item.IsCompilabile.Should().BeFalse();

        item.Restituisci("Indicare i numeri.");
        item.Stato.Should().Be(StatoCompilazione.Restituito);
        item.NotaRestituzione.Should().Be("Indicare i numeri.");
        item.Update("Bozza con i numeri", null);
        item.Stato.Should().Be(StatoCompilazione.Restituito, "a returned obiettivo stays returned until sent again");
        item.Invia(Now, "di.girolamo.gabriella");
        item.Valida(Now, "segreteria");
        item.Stato.Should().Be(StatoCompilazione.Validato);
        item.ValidatoDa.Should().Be("segreteria");
    }

    [Fact]
    public void A_sent_obiettivo_is_read_only_for_the_responsabile_but_segreteria_may_correct_it()
    {
        var (_, item, _) = NewOpenRound();
        item.Update("Testo", null);
        item.Invia(Now, "r");
        var byResponsabile = () => item.Update("Cambiato", null);
        byResponsabile.Should().Throw<InvalidOperationException>().WithMessage("*già stato inviato*");
        item.Update("Corretto dalla Segreteria", null, comeSegreteria: true);
        item.StatoAttuazione.Should().Be("Corretto dalla Segreteria");
        item.Stato.Should().Be(StatoCompilazione.Inviato);
    }

    [Fact]
    public void Sending_needs_the_stato_di_attuazione_and_returning_needs_a_note()
    {
        var (_, item, _) = NewOpenRound();
        var send = () => item.Invia(Now, "r");
        send.Should().Throw<InvalidOperationException>().WithMessage("*compilare lo stato di attuazione*");
        item.Update("Testo", null);
        item.Invia(Now, "r");
        var giveBack = () => item.Restituisci("  ");
        giveBack.Should().Throw<ArgumentException>().WithMessage("*motivo della restituzione*");
        var validateTwice = () => { item.Valida(Now, "s"); item.Valida(Now, "s"); };
        validateTwice.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_value_of_the_round_becomes_the_indicator_yearly_consuntivo_and_null_clears_it()
    {
        var (_, item, indicatore) = NewOpenRound();
        item.SetValore(indicatore, 42m, "provvisorio");
        indicatore.ConsuntivoDi(2019).Should().Be(42m);
        item.Valori.Should().ContainSingle().Which.Nota.Should().Be("provvisorio");
        item.SetValore(indicatore, null, null);
        indicatore.ConsuntivoDi(2019).Should().BeNull();
        item.Stato.Should().Be(StatoCompilazione.Bozza);
    }

    [Fact]
    public void A_round_asking_a_year_beyond_the_table_extends_the_indicator_years()
    {
        var (_, item, indicatore) = NewOpenRound();
        var later = new Rilevazione(new DateOnly(2022, 6, 30), "Infrannuale 2022", null);
        var laterItem = later.Includi(item.Obiettivo);
        later.Apri(DateTime.UtcNow);
        laterItem.SetValore(indicatore, 7m, null);
        indicatore.UltimoAnno.Should().Be(2022);
        indicatore.ConsuntivoDi(2022).Should().Be(7m);
    }

    [Fact]
    public void An_indicator_of_another_obiettivo_is_refused()
    {
        var (_, item, _) = NewOpenRound();
        var (_, _, other) = NewOpenRound();
        var act = () => item.SetValore(other, 1m, null);
        act.Should().Throw<ArgumentException>().WithMessage("*non appartiene*");
    }

    [Theory]
    [InlineData(Direzione.PiuAltoMeglio, 50, true)]
    [InlineData(Direzione.PiuAltoMeglio, 49.99, false)]
    [InlineData(Direzione.PiuBassoMeglio, 50, true)]
    [InlineData(Direzione.PiuBassoMeglio, 50.01, false)]
    [InlineData(Direzione.PiuBassoMeglio, 0, true)]
    public void Reaching_the_target_depends_on_the_direction(Direzione direzione, double value, bool expected)
    {
        var (_, _, indicatore) = NewOpenRound(direzione);
        indicatore.RaggiungeTarget((decimal)value).Should().Be(expected);
        indicatore.RaggiungeTarget(null).Should().BeNull("not measured is not a failure");
    }

    [Fact]
    public void A_closed_round_can_be_reopened_for_one_obiettivo_and_closing_again_ends_it()
    {
        var (round, item, _) = NewOpenRound();
        item.Update("Testo", null);
        item.Invia(Now, "r");
        item.Valida(Now, "s");
        round.Chiudi();
        var beforeReopen = () => item.Update("x", null);
        beforeReopen.Should().Throw<InvalidOperationException>();

        item.Riapri("Errore nel valore");
        item.IsCompilabile.Should().BeTrue();
        item.Update("Corretto", null);
        item.Invia(Now, "r");
        item.Valida(Now, "s");
        item.Riaperto.Should().BeFalse();
        item.IsAperto.Should().BeFalse();
    }
}
