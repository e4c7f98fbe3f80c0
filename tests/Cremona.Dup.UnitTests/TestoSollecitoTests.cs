using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.GestioneRilevazioni;

namespace Cremona.Dup.UnitTests;

public sealed class TestoSollecitoTests
{
    private static readonly DateOnly Oggi = new(2020, 1, 10);

    private static readonly TestoSollecito.ObiettivoDaCompletare[] Due =
    [
        new("C06", "REPERIRE RISORSE A SOSTEGNO DEI PROGETTI DELL'ENTE", StatoCompilazione.Restituito),
        new("C07", "CONTABILITA' ANALITICA", StatoCompilazione.Bozza),
    ];

    private static TestoSollecito.DatiRilevazione Annuale(DateOnly? scadenza) => new(new DateOnly(2019, 12, 31), "Annuale 2019", scadenza);

    [Fact]
    public void The_reminder_names_the_person_the_round_each_obiettivo_its_state_and_the_link_to_its_form()
    {
        var messaggio = TestoSollecito.Componi(Annuale(new DateOnly(2020, 1, 31)), "Di Girolamo Gabriella", Due, Oggi);

        messaggio.Titolo.Should().Be("Sollecito: Annuale 2019, 2 obiettivi da completare entro il 31/01/2020");
        messaggio.Testo.Should().StartWith("Gentile Di Girolamo Gabriella,\n\n")
            .And.Contain("«Annuale 2019» (stato di attuazione al 31 dicembre 2019)")
            .And.Contain("questi 2 obiettivi operativi")
            .And.Contain("- C06 – REPERIRE RISORSE A SOSTEGNO DEI PROGETTI DELL'ENTE (restituito dalla Segreteria Generale, da correggere e inviare di nuovo)\n  /rilevazioni/2019-12-31/obiettivi/C06\n")
            .And.Contain("- C07 – CONTABILITA' ANALITICA (in bozza, non ancora inviato)\n  /rilevazioni/2019-12-31/obiettivi/C07\n")
            .And.Contain("La scadenza è il 31/01/2020: mancano 21 giorni.")
            .And.EndWith("Segreteria Generale – Comune di Cremona");
        messaggio.Link.Should().Be("/");
        messaggio.Testo.IndexOf("C06", StringComparison.Ordinal).Should().BeLessThan(messaggio.Testo.IndexOf("C07", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2020, 1, 11, "La scadenza è domani, 11/01/2020.")]
    [InlineData(2020, 1, 10, "La scadenza è oggi, 10/01/2020.")]
    [InlineData(2020, 1, 9, "La scadenza del 09/01/2020 è superata da 1 giorno")]
    [InlineData(2019, 12, 31, "La scadenza del 31/12/2019 è superata da 10 giorni")]
    public void The_deadline_is_told_in_days_left_or_late(int anno, int mese, int giorno, string expected)
    {
        var messaggio = TestoSollecito.Componi(Annuale(new DateOnly(anno, mese, giorno)), "Pesaro Mara", Due[..1], Oggi);
        messaggio.Testo.Should().Contain(expected).And.Contain("questo obiettivo operativo");
    }

    [Fact]
    public void A_late_reminder_says_so_in_the_subject_and_one_without_deadline_asks_to_complete_soon()
    {
        TestoSollecito.Componi(Annuale(new DateOnly(2020, 1, 5)), "Pesaro Mara", Due[..1], Oggi).Titolo
            .Should().Be("Sollecito: Annuale 2019, 1 obiettivo da completare (scadenza superata il 05/01/2020)");
        var senza = TestoSollecito.Componi(Annuale(null), "Pesaro Mara", Due, Oggi);
        senza.Titolo.Should().Be("Sollecito: Annuale 2019, 2 obiettivi da completare");
        senza.Testo.Should().Contain("La rilevazione non ha una scadenza");
    }

    [Fact]
    public void With_the_public_address_the_links_are_absolute_for_the_e_mail()
    {
        var messaggio = TestoSollecito.Componi(Annuale(null), "Pesaro Mara", Due, Oggi, new Uri("https://dup.comune.cremona.it/"));
        messaggio.Testo.Should().Contain("\n  https://dup.comune.cremona.it/rilevazioni/2019-12-31/obiettivi/C07\n");
    }

    [Fact]
    public void A_reminder_without_obiettivi_is_a_programming_error()
    {
        var act = () => TestoSollecito.Componi(Annuale(null), "Pesaro Mara", [], Oggi);
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(0, 118, 0)]
    [InlineData(1, 118, 1)]
    [InlineData(2, 118, 2)]
    [InlineData(14, 16, 88)]
    [InlineData(1, 16, 6)]
    [InlineData(117, 118, 99)]
    [InlineData(118, 118, 100)]
    [InlineData(0, 0, 0)]
    public void Percentages_are_rounded_but_never_hide_one_obiettivo_or_claim_all_of_them(int parte, int totale, int expected) =>
        Conteggi.Percento(parte, totale).Should().Be(expected);
}
