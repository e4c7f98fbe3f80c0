using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.UnitTests;

/// <summary>The rules of plan editing: rename, modify, reassign, move, retire and restore, the indicator period, the year.</summary>
public sealed class PianoDomainTests
{
    private static readonly ProgrammaTesti NessunTesto = new(null, null, null, null, null);

    private static (Missione Missione, Programma Programma, ObiettivoOperativo Obiettivo) NewPiano()
    {
        var missione = new Missione(1, "Servizi istituzionali, generali e di gestione");
        var programma = new Programma(missione, "1.02", "Segreteria generale", "Di Girolamo Gabriella", NessunTesto, 1);
        var obiettivo = new ObiettivoOperativo("C06", "REPERIRE RISORSE", programma, new ObiettivoStrategico("B01", "Ufficio progetti"),
            "Viola Rosita", new Responsabile("Di Girolamo Gabriella"), new ObiettivoOperativoTesti(null, null, null, null), 1);
        return (missione, programma, obiettivo);
    }

    [Fact]
    public void Missione_is_renamed_trimmed_and_gets_a_new_version()
    {
        var (missione, _, _) = NewPiano();
        var version = missione.Version;
        missione.Rinomina("  Servizi istituzionali  ");
        missione.Nome.Should().Be("Servizi istituzionali");
        missione.Version.Should().NotBe(version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_name_is_refused_in_Italian_at_every_level(string nome)
    {
        var (missione, programma, obiettivo) = NewPiano();
        var strategico = obiettivo.ObiettivoStrategico!;
        var indicatore = obiettivo.AddIndicatore("Grado di copertura", 2017, 2021);

        ((Action)(() => missione.Rinomina(nome))).Should().Throw<ArgumentException>().WithMessage("Il nome della missione è obbligatorio.*");
        ((Action)(() => programma.Modifica(nome, null))).Should().Throw<ArgumentException>().WithMessage("Il nome del programma è obbligatorio.*");
        ((Action)(() => strategico.Rinomina(nome))).Should().Throw<ArgumentException>()
            .WithMessage("Il nome dell'obiettivo strategico è obbligatorio.*");
        ((Action)(() => obiettivo.Modifica(nome, null, null))).Should().Throw<ArgumentException>()
            .WithMessage("Il nome dell'obiettivo operativo è obbligatorio.*");
        ((Action)(() => indicatore.Modifica(nome, 2017, 2021))).Should().Throw<ArgumentException>()
            .WithMessage("Il nome dell'indicatore è obbligatorio.*");
        missione.Nome.Should().Be("Servizi istituzionali, generali e di gestione");
        programma.Nome.Should().Be("Segreteria generale");
        obiettivo.Nome.Should().Be("REPERIRE RISORSE");
        indicatore.Nome.Should().Be("Grado di copertura");
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused()
    {
        var (_, programma, _) = NewPiano();
        var act = () => programma.Modifica(new string('x', TextLimits.Nome + 1), null);
        act.Should().Throw<ArgumentException>().WithMessage($"*al massimo {TextLimits.Nome} caratteri*");
    }

    [Fact]
    public void Programma_modifica_changes_name_and_responsabili_and_keeps_the_texts()
    {
        var (missione, _, _) = NewPiano();
        var programma = new Programma(missione, "1.03", "Gestione economica", null,
            new ProgrammaTesti("Descrizione", null, null, null, null), 2);
        var version = programma.Version;
        programma.Modifica("Gestione economica e finanziaria", "  Rossi Mario (ad interim) ");
        programma.Nome.Should().Be("Gestione economica e finanziaria");
        programma.Responsabili.Should().Be("Rossi Mario (ad interim)");
        programma.Descrizione.Should().Be("Descrizione");
        programma.Version.Should().NotBe(version);
        programma.Modifica("Gestione economica e finanziaria", " ");
        programma.Responsabili.Should().BeNull();
    }

    [Fact]
    public void Obiettivo_modifica_changes_name_strategico_and_politico()
    {
        var (_, _, obiettivo) = NewPiano();
        var altro = new ObiettivoStrategico("B02", "Trasparenza");
        obiettivo.Modifica(" Reperire risorse ", altro, " Galimberti Gianluca ");
        obiettivo.Nome.Should().Be("Reperire risorse");
        obiettivo.ObiettivoStrategico.Should().BeSameAs(altro);
        obiettivo.ResponsabilePolitico.Should().Be("Galimberti Gianluca");
        obiettivo.Modifica("Reperire risorse", null, null);
        obiettivo.ObiettivoStrategico.Should().BeNull();
        obiettivo.ObiettivoStrategicoId.Should().BeNull();
        obiettivo.ResponsabilePolitico.Should().BeNull();
    }

    [Fact]
    public void A_retired_obiettivo_strategico_cannot_be_chosen_but_the_current_one_stays()
    {
        var (_, _, obiettivo) = NewPiano();
        var attuale = obiettivo.ObiettivoStrategico!;
        attuale.Ritira();
        obiettivo.Modifica("Altro nome", attuale, null); // kept: it is already the obiettivo's
        obiettivo.ObiettivoStrategico.Should().BeSameAs(attuale);

        var ritirato = new ObiettivoStrategico("B03", "Vecchio");
        ritirato.Ritira();
        var act = () => obiettivo.Modifica("Terzo nome", ritirato, null);
        act.Should().Throw<ArgumentException>().WithMessage("L'obiettivo strategico B03 è ritirato*");
        obiettivo.Nome.Should().Be("Altro nome");
    }

    [Fact]
    public void Assegna_reassigns_to_another_responsabile_and_changes_the_version()
    {
        var (_, _, obiettivo) = NewPiano();
        var version = obiettivo.Version;
        var nuovo = new Responsabile("Rossi Mario");
        obiettivo.Assegna(nuovo);
        obiettivo.ResponsabileGestionale.Should().BeSameAs(nuovo);
        obiettivo.Version.Should().NotBe(version);
        ((Action)(() => obiettivo.Assegna(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Sposta_moves_to_another_programma_but_not_to_a_retired_one()
    {
        var (missione, programma, obiettivo) = NewPiano();
        var altro = new Programma(missione, "1.03", "Gestione economica", null, NessunTesto, 2);
        obiettivo.Sposta(altro);
        obiettivo.Programma.Should().BeSameAs(altro);

        programma.Ritira();
        var act = () => obiettivo.Sposta(programma);
        act.Should().Throw<ArgumentException>().WithMessage("Il programma 1.02 è ritirato*");
        obiettivo.Programma.Should().BeSameAs(altro);
    }

    [Fact]
    public void Ritira_and_Ripristina_toggle_the_flag_change_the_version_and_are_idempotent()
    {
        var (_, programma, obiettivo) = NewPiano();
        var indicatore = obiettivo.AddIndicatore("Grado di copertura", 2017, 2021);
        var strategico = obiettivo.ObiettivoStrategico!;

        var versions = (programma.Version, obiettivo.Version, indicatore.Version, strategico.Version);
        var quando = new DateTime(2020, 3, 2, 9, 30, 0, DateTimeKind.Utc);
        programma.Ritira();
        obiettivo.Ritira();
        indicatore.Ritira(quando);
        strategico.Ritira();
        indicatore.RitiratoIlUtc.Should().Be(quando);
        (programma.Ritirato, obiettivo.Ritirato, indicatore.Ritirato, strategico.Ritirato).Should().Be((true, true, true, true));
        programma.Version.Should().NotBe(versions.Item1);
        obiettivo.Version.Should().NotBe(versions.Item2);
        indicatore.Version.Should().NotBe(versions.Item3);
        strategico.Version.Should().NotBe(versions.Item4);

        var ritirato = indicatore.Version;
        indicatore.Ritira(quando.AddDays(1));
        indicatore.Version.Should().Be(ritirato, "retiring twice changes nothing");
        indicatore.RitiratoIlUtc.Should().Be(quando);

        programma.Ripristina();
        obiettivo.Ripristina();
        indicatore.Ripristina();
        strategico.Ripristina();
        (programma.Ritirato, obiettivo.Ritirato, indicatore.Ritirato, strategico.Ritirato).Should().Be((false, false, false, false));
        indicatore.RitiratoIlUtc.Should().BeNull();
    }

    [Fact]
    public void Retiring_keeps_values_and_texts()
    {
        var (_, _, obiettivo) = NewPiano();
        obiettivo.SetDefinizione(2019, "Definizione 2019");
        var indicatore = obiettivo.AddIndicatore("Grado di copertura", 2017, 2021);
        indicatore.SetConsuntivo(2018, 59m);
        obiettivo.Ritira();
        indicatore.Ritira(DateTime.UtcNow);
        indicatore.ConsuntivoDi(2018).Should().Be(59m);
        obiettivo.Definizioni.Should().ContainSingle(d => d.Anno == 2019 && d.Testo == "Definizione 2019");
    }

    [Fact]
    public void Indicatore_modifica_changes_name_and_period()
    {
        var (_, _, obiettivo) = NewPiano();
        var indicatore = obiettivo.AddIndicatore("Grado di copertura", 2017, 2021);
        indicatore.Modifica(" Copertura ", 2016, 2022);
        (indicatore.Nome, indicatore.PrimoAnno, indicatore.UltimoAnno).Should().Be(("Copertura", 2016, 2022));
    }

    [Fact]
    public void An_inverted_period_is_refused()
    {
        var (_, _, obiettivo) = NewPiano();
        var indicatore = obiettivo.AddIndicatore("Grado di copertura", 2017, 2021);
        var act = () => indicatore.Modifica("Grado di copertura", 2021, 2017);
        act.Should().Throw<ArgumentException>().WithMessage("L'ultimo anno del periodo non può precedere il primo.*")
            .Which.ParamName.Should().Be("ultimoAnno");
        (indicatore.PrimoAnno, indicatore.UltimoAnno).Should().Be((2017, 2021));
    }

    [Fact]
    public void A_period_out_of_range_is_refused()
    {
        var (_, _, obiettivo) = NewPiano();
        var indicatore = obiettivo.AddIndicatore("Grado di copertura", 2017, 2021);
        var act = () => indicatore.Modifica("Grado di copertura", 1999, 2021);
        act.Should().Throw<ArgumentException>().WithMessage("Il primo anno deve essere compreso tra 2000 e 2100.*");
    }

    [Fact]
    public void A_period_that_would_hide_consuntivi_is_refused_and_nothing_changes()
    {
        var (_, _, obiettivo) = NewPiano();
        var indicatore = obiettivo.AddIndicatore("Grado di copertura", 2017, 2021);
        indicatore.SetConsuntivo(2017, 59m);
        indicatore.SetConsuntivo(2018, 61m);
        indicatore.SetConsuntivo(2019, null); // no value: that year may go

        var act = () => indicatore.Modifica("Nuovo nome", 2019, 2021);
        act.Should().Throw<ArgumentException>()
            .WithMessage("Il periodo 2019–2021 escluderebbe gli anni 2017, 2018, che hanno consuntivi*")
            .Which.ParamName.Should().Be("primoAnno");
        (indicatore.Nome, indicatore.PrimoAnno, indicatore.UltimoAnno).Should().Be(("Grado di copertura", 2017, 2021));

        indicatore.Modifica("Grado di copertura", 2017, 2018);
        indicatore.UltimoAnno.Should().Be(2018);
    }

    [Fact]
    public void IncludiAnno_extends_the_period_and_changes_the_version_only_when_needed()
    {
        var (_, _, obiettivo) = NewPiano();
        var indicatore = obiettivo.AddIndicatore("Grado di copertura", 2017, 2019);
        var version = indicatore.Version;
        indicatore.IncludiAnno(2018);
        indicatore.Version.Should().Be(version);
        indicatore.IncludiAnno(2020);
        (indicatore.PrimoAnno, indicatore.UltimoAnno).Should().Be((2017, 2020));
        indicatore.Version.Should().NotBe(version);
    }

    [Fact]
    public void Piano_moves_to_the_next_year_once()
    {
        var piano = new Piano(2019);
        piano.AnnoSuccessivo.Should().Be(2020);
        piano.PassaAllAnno(2020);
        piano.AnnoCorrente.Should().Be(2020);

        var twice = () => piano.PassaAllAnno(2020);
        twice.Should().Throw<InvalidOperationException>().WithMessage("Il piano 2020 esiste già*");
        var skip = () => piano.PassaAllAnno(2022);
        skip.Should().Throw<ArgumentException>().WithMessage("Si può creare solo il piano dell'anno successivo (2021).*");
        piano.AnnoCorrente.Should().Be(2020);
    }

    [Fact]
    public void Piano_year_must_be_valid()
    {
        var act = () => new Piano(1999);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
