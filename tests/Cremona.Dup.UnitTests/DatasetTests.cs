using System.Text.RegularExpressions;
using Cremona.Dup.Web.Data.Seeding;

namespace Cremona.Dup.UnitTests;

/// <summary>The reviewed Cremona 2019 dataset: counts, spot values and clean texts.</summary>
public sealed partial class DatasetTests
{
    private static readonly PlanDataset Plan = DatasetFiles.LoadPlan();
    private static readonly PartecipateDataset Partecipate = DatasetFiles.LoadPartecipate();

    private static IEnumerable<PlanDataset.ObiettivoOperativoDataset> Obiettivi => Plan.Programmi.SelectMany(p => p.ObiettiviOperativi);

    [Fact]
    public void The_plan_has_the_counts_of_the_real_document()
    {
        Plan.Missioni.Should().HaveCount(15);
        Plan.Programmi.Should().HaveCount(40);
        Plan.ObiettiviStrategici.Should().HaveCount(73);
        Obiettivi.Should().HaveCount(118);
        Obiettivi.SelectMany(o => o.Indicatori).Should().HaveCount(144);
        Plan.Rilevazione.Data.Should().Be(new DateOnly(2019, 6, 30));
        Plan.Rilevazione.Titolo.Should().Be("Infrannuale 2019");
    }

    [Fact]
    public void Codes_are_unique_and_references_resolve()
    {
        Plan.Missioni.Select(m => m.Numero).Should().OnlyHaveUniqueItems();
        Plan.Programmi.Select(p => p.Codice).Should().OnlyHaveUniqueItems();
        Obiettivi.Select(o => o.Codice).Should().OnlyHaveUniqueItems();
        Plan.ObiettiviStrategici.Select(s => s.Codice).Should().OnlyHaveUniqueItems();

        var strategici = Plan.ObiettiviStrategici.Select(s => s.Codice).ToHashSet();
        Obiettivi.Where(o => o.ObiettivoStrategico is not null).Select(o => o.ObiettivoStrategico)
            .Should().OnlyContain(code => strategici.Contains(code!));
        Obiettivi.Select(o => o.ObiettivoStrategico).Where(c => c is not null).Distinct()
            .Should().HaveCount(73, "every obiettivo strategico is used");
        Plan.Programmi.Should().OnlyContain(p => Plan.Missioni.Any(m => m.Numero == p.Missione)
            && p.Codice.StartsWith(p.Missione + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void An_obiettivo_strategico_is_shared_by_several_obiettivi_operativi()
    {
        Obiettivi.GroupBy(o => o.ObiettivoStrategico).Should().Contain(g => g.Count() > 1);
    }

    [Fact]
    public void C06_copertura_dei_progetti_has_the_printed_values_and_empty_years_stay_empty()
    {
        var c06 = Obiettivi.Single(o => o.Codice == "C06");
        c06.ObiettivoStrategico.Should().Be("B01");
        c06.ResponsabileGestionale.Should().Be("Di Girolamo Gabriella");
        c06.ResponsabilePolitico.Should().Be("Viola Rosita");
        var copertura = c06.Indicatori.Single(i => i.Nome == "Grado di copertura dei progetti");
        copertura.Target.Should().Be(50.00m);
        copertura.Anni.Should().Equal(2017, 2018, 2019, 2020, 2021);
        copertura.Consuntivi.Should().BeEquivalentTo(new Dictionary<string, decimal?> { ["2017"] = 59.00m, ["2018"] = 91.00m });
        c06.StatoAttuazione.Should().StartWith("L'attività di avvio, monitoraggio e rendicontazione dei progetti finanziati");
        c06.Definizioni!["2019"].Should().StartWith("Prosecuzione delle attività progettuali");
    }

    [Fact]
    public void A_continuation_row_is_merged_into_the_indicator_it_continues()
    {
        var c31 = Obiettivi.Single(o => o.Codice == "C31");
        c31.Indicatori.Should().ContainSingle();
        var note = c31.Indicatori[0].Note!;
        note.Should().Contain("Testamenti biologici attivi nel registro").And.Contain("n. 361");
    }

    [Fact]
    public void LaTeX_formulas_become_readable_text()
    {
        var formula = Obiettivi.Single(o => o.Codice == "C06").Indicatori
            .Single(i => i.Nome == "Grado di finanziamento dei progetti presentati").Formula!;
        formula.Should().Contain("N. progetti finanziati").And.Contain("N. progetti presentati").And.NotContain("\\text").And.NotContain("$");
    }

    [Fact]
    public void Every_text_reads_as_a_person_wrote_it()
    {
        var texts = AllTexts().ToList();
        texts.Should().NotBeEmpty();
        foreach (var (where, text) in texts)
        {
            text.Should().NotMatchRegex(@"<\s*/?\s*(p|ul|ol|li|br|strong|em|span|div)\b", $"{where} must not contain HTML");
            text.Should().NotContain("\\text", where).And.NotContain("$", where).And.NotContain("\t", where);
            text.Should().NotMatchRegex(@"\*\*\*\*|\*\*(Stakeholder|Responsabile|Obiettivo|Azioni|Gap)", $"{where} has a glued label");
            text.Should().Be(text.Trim(), $"{where} has no surrounding blanks");
            BrokenWordPattern().IsMatch(text).Should().BeFalse($"{where} has a page number or broken line: {text}");
        }
    }

    [Fact]
    public void Italian_accents_are_kept()
    {
        AllTexts().Select(t => t.Text).Should().Contain(t => t.Contains('è', StringComparison.Ordinal))
            .And.Contain(t => t.Contains('à', StringComparison.Ordinal));
        Plan.Programmi.Single(p => p.Codice == "1.02").FinalitaDaConseguire.Should().Contain("Attuazione del principio generale di trasparenza");
    }

    [Fact]
    public void Organismi_partecipati_have_9_and_30_indicators()
    {
        Partecipate.Organismi.Select(o => o.Nome).Should().Equal("Aem Cremona SpA", "Azienda Speciale Cremona Solidale");
        int Count(PartecipateDataset.OrganismoDataset o) => o.Sezioni.Sum(s => (s.Indirizzi ?? []).Sum(i => (i.Indicatori ?? []).Count));
        Count(Partecipate.Organismi[0]).Should().Be(9);
        Count(Partecipate.Organismi[1]).Should().Be(30);
        var utile = Partecipate.Organismi[1].Sezioni.SelectMany(s => s.Indirizzi ?? []).SelectMany(i => i.Indicatori ?? [])
            .Single(i => i.Nome == "Utile di esercizio");
        utile.TargetAtteso.Should().Be("≥ € 100.000,00");
    }

    [Fact]
    public void Every_judgement_made_while_converting_is_recorded()
    {
        Plan.Note.Should().NotBeNullOrEmpty();
        Plan.Note!.Should().OnlyContain(n => !string.IsNullOrWhiteSpace(n.Dove) && n.Decisione.Length > 20);
        // C89 and C118 have no "Obiettivo Operativo DUP" line in the seed, C40 no obiettivo strategico.
        foreach (var code in new[] { "C89", "C118", "C40" })
            Plan.Note!.Should().Contain(n => n.Dove == code, $"the judgement on {code} is recorded");
        Obiettivi.Should().OnlyContain(o => o.ObiettivoStrategico != null && o.Nome.Length > 0);
        Obiettivi.Single(o => o.Codice == "C40").ObiettivoStrategico.Should().Be("B27");
    }

    private static IEnumerable<(string Where, string Text)> AllTexts()
    {
        foreach (var p in Plan.Programmi)
        {
            foreach (var (name, text) in new[] { ("nome", p.Nome), ("descrizione", p.Descrizione), ("motivazione", p.MotivazioneScelte),
                         ("finalita", p.FinalitaDaConseguire), ("risorseUmane", p.RisorseUmane), ("risorseStrumentali", p.RisorseStrumentali),
                         ("responsabili", p.Responsabili) })
                if (text is not null) yield return ($"{p.Codice}.{name}", text);
            foreach (var o in p.ObiettiviOperativi)
            {
                foreach (var (name, text) in new[] { ("nome", o.Nome), ("descrizione", o.DescrizioneSintetica), ("gap", o.Gap),
                             ("stakeholder", o.Stakeholder), ("settori", o.SettoriCoinvolti), ("stato", o.StatoAttuazione),
                             ("azioni", o.AzioniCorrettive), ("politico", o.ResponsabilePolitico), ("gestionale", o.ResponsabileGestionale) })
                    if (text is not null) yield return ($"{o.Codice}.{name}", text);
                foreach (var (anno, text) in o.Definizioni ?? [])
                    if (text is not null) yield return ($"{o.Codice}.definizione{anno}", text);
                foreach (var i in o.Indicatori)
                    foreach (var (name, text) in new[] { ("nome", i.Nome), ("finalita", i.Finalita), ("formula", i.Formula), ("note", i.Note) })
                        if (text is not null) yield return ($"{o.Codice}.{i.Nome}.{name}", text);
            }
        }
        foreach (var o in Partecipate.Organismi)
            foreach (var s in o.Sezioni)
                foreach (var i in s.Indirizzi ?? [])
                    foreach (var k in i.Indicatori ?? [])
                        foreach (var text in new[] { k.Nome, k.TargetAtteso, k.Finalita, k.Formula, k.Risultato })
                            if (text is not null) yield return ($"{o.Nome}.{s.Numero}.{i.Lettera}.{k.Nome}", text);
    }

    // A line that is only a number inside a longer text (a page number left by the conversion).
    [GeneratedRegex(@"\n\d{1,3}(\n|$)|^\d{1,3}\n")]
    private static partial Regex BrokenWordPattern();
}
