using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Indicatori;

namespace Cremona.Dup.UnitTests;

public sealed class IndicatoriFiltroTests
{
    [Fact]
    public void Valid_values_are_read_and_normalised()
    {
        var c = new IndicatoriFiltro
        {
            Missione = " 1 ",
            Programma = "1.02",
            Obiettivo = "c06",
            Responsabile = "Di Girolamo  Gabriella",
            Anno = "2018",
            Esito = "NON-MISURATO",
            Q = "  grado   di ",
            Ordina = "Raggiungimento",
            Verso = "DESC",
            Pagina = "3",
        }.Analizza();

        c.Validi.Should().BeTrue();
        c.Missione.Should().Be(1);
        c.Programma.Should().Be("1.02");
        c.Operativo.Should().Be("C06");
        c.Strategico.Should().BeNull();
        c.Responsabile.Should().Be("di.girolamo.gabriella");
        c.Anno.Should().Be(2018);
        c.Esito.Should().Be(EsitoIndicatore.NonMisurato);
        c.Testo.Should().Be("grado di");
        c.Ordina.Should().Be("raggiungimento");
        c.Discendente.Should().BeTrue();
        c.Pagina.Should().Be(3);
        new IndicatoriFiltro { Obiettivo = "B01" }.Analizza().Strategico.Should().Be("B01");
    }

    [Fact]
    public void Every_bad_value_gets_its_Italian_message()
    {
        var c = new IndicatoriFiltro { Missione = "uno", Programma = "102", Obiettivo = "D4", Anno = "duemila", Esito = "bene", Q = new string('x', 201) }.Analizza();

        c.Validi.Should().BeFalse();
        c.Errori.Should().HaveCount(6);
        c.Errori[0].Should().Be("La missione «uno» non è valida: indicare il numero della missione, ad esempio 1.");
        c.Errori.Should().Contain(e => e.StartsWith("L'anno «duemila» non è valido", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_sort_and_page_fall_back_without_an_error()
    {
        var c = new IndicatoriFiltro { Ordina = "drop table", Verso = "x", Pagina = "-1" }.Analizza();
        c.Validi.Should().BeTrue();
        c.Ordina.Should().BeEmpty();
        c.Discendente.Should().BeFalse();
        c.Pagina.Should().Be(1);
    }

    [Fact]
    public void Query_keeps_filters_and_sort_drops_one_and_never_carries_the_page()
    {
        var f = new IndicatoriFiltro { Missione = "1", Q = "a&b", Ordina = "target", Pagina = "2" };

        f.Query().Should().Be("?missione=1&q=a%26b&ordina=target");
        f.Query(senza: "missione").Should().Be("?q=a%26b&ordina=target");
        f.Query(null, ("ordina", "esito"), ("verso", "desc")).Should().Be("?missione=1&q=a%26b&ordina=esito&verso=desc");
        f.Query(null, ("pagina", "3")).Should().EndWith("&pagina=3");
        new IndicatoriFiltro().Query().Should().BeEmpty();
    }
}
