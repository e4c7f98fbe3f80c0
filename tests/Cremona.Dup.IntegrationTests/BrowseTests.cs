using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;

namespace Cremona.Dup.IntegrationTests;

public sealed class BrowseTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    [Fact]
    public async Task Programmi_lists_every_programma_grouped_by_its_missione()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var page = await client.GetDocumentAsync("/programmi");

        page.QuerySelectorAll("main section h2").Should().HaveCount(15);
        page.QuerySelectorAll("main table tbody tr").Should().HaveCount(40);
        page.QuerySelector("p.lead")!.TextContent.Should()
            .Contain("15 missioni").And.Contain("40 programmi").And.Contain("118 obiettivi operativi").And.Contain("144 indicatori");
        var first = page.QuerySelector("#missione-1")!.ParentElement!;
        first.QuerySelector("h2")!.TextContent.Should().Be("Missione 1 – Servizi istituzionali, generali e di gestione");
        first.QuerySelector("tbody tr td.codice")!.TextContent.Should().Be("1.02");
    }

    [Fact]
    public async Task Programmi_are_in_classification_order()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/programmi");
        var codes = page.QuerySelectorAll("main table tbody td.codice").Select(e => e.TextContent).ToList();
        codes.Should().BeInAscendingOrder(Comparer<string>.Create((a, b) =>
            Cremona.Dup.Web.Domain.Codici.ProgrammaSortKey(a).CompareTo(Cremona.Dup.Web.Domain.Codici.ProgrammaSortKey(b))));
        codes.IndexOf("1.10").Should().BeGreaterThan(codes.IndexOf("1.08"));
    }

    [Fact]
    public async Task A_programma_page_shows_its_texts_and_obiettivi()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var page = await client.GetDocumentAsync("/programmi/1.02");

        page.QuerySelector("h1")!.TextContent.Should().Be("1.02 – Segreteria generale");
        var scheda = page.QuerySelector("dl.scheda")!.TextContent;
        scheda.Should().Contain("Di Girolamo Gabriella");
        scheda.Should().Contain("Amministrazione, funzionamento e supporto tecnico");
        scheda.Should().Contain("consolidare il percorso avviato");
        var obiettivi = page.QuerySelectorAll("main table tbody td.codice").Select(e => e.TextContent).ToList();
        obiettivi.Should().StartWith(["C06", "C07"]);
        page.QuerySelector("a[href='/obiettivi/C06']")!.TextContent.Should().Be("REPERIRE RISORSE A SOSTEGNO DEI PROGETTI DELL'ENTE");
    }

    [Fact]
    public async Task An_obiettivo_page_shows_fields_indicators_values_and_the_2019_round()
    {
        using var client = await app.LoginAsync(TestUsers.AltroResponsabile);
        var page = await client.GetDocumentAsync("/obiettivi/C06");

        page.QuerySelector("h1")!.TextContent.Should().Be("C06 – REPERIRE RISORSE A SOSTEGNO DEI PROGETTI DELL'ENTE");
        var scheda = page.QuerySelector("dl.scheda")!.TextContent;
        scheda.Should().Contain("B01 – Ufficio progetti Cremona 2020").And.Contain("Viola Rosita").And.Contain("Di Girolamo Gabriella");
        scheda.Should().Contain("Definizione Ob. Operativo DUP 2019");

        var row = page.QuerySelectorAll("table.table-indicatore tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "Grado di copertura dei progetti");
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        cells[0].Should().Be("50,00");
        cells[1].Should().Be("59,00");
        cells[2].Should().Be("91,00");
        cells[3].Should().Be("non rilevato", "an empty consuntivo is never shown as zero");

        var rounds = page.QuerySelectorAll("main section.card-wrapper");
        rounds.Should().HaveCount(2);
        rounds[0].TextContent.Should().Contain("Infrannuale 2019").And.Contain("Chiusa")
            .And.Contain("nel primo semestre 2019 55 progetti");
        rounds[1].TextContent.Should().Contain("Annuale 2019").And.Contain("Aperta").And.Contain("Non compilato");
    }

    [Fact]
    public async Task Markdown_lists_in_texts_render_as_lists_without_raw_html()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/obiettivi/C07");
        var stato = page.QuerySelector("main section.card-wrapper .testo-utente")!;
        stato.QuerySelectorAll("li").Length.Should().BeGreaterThanOrEqualTo(8);
        stato.InnerHtml.Should().NotContain("&lt;p&gt;");
    }

    [Fact]
    public async Task Organismi_partecipati_are_browsable_with_their_indicators()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var list = await client.GetDocumentAsync("/partecipate");
        var rows = list.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
        rows.Should().HaveCount(2);
        rows[0].Should().Contain("Aem Cremona SpA");
        rows[1].Should().Contain("Azienda Speciale Cremona Solidale");

        var aem = await client.GetDocumentAsync(list.QuerySelector("main table tbody tr a")!.GetAttribute("href")!);
        aem.QuerySelector("h1")!.TextContent.Should().Be("Aem Cremona SpA");
        aem.QuerySelectorAll(".card h4").Should().HaveCount(9);

        var solidale = await client.GetDocumentAsync(list.QuerySelectorAll("main table tbody tr a")[1].GetAttribute("href")!);
        solidale.QuerySelectorAll(".card h4").Should().HaveCount(30);
        solidale.QuerySelector("main")!.TextContent.Should().Contain("≥ € 100.000,00");
    }

    [Theory]
    [InlineData("C06", "/obiettivi/C06")]
    [InlineData("1.02", "/programmi/1.02")]
    [InlineData("copertura progetti", "/obiettivi/C06")]
    [InlineData("testamenti", "/obiettivi/C31")]
    public async Task Search_finds_programmi_obiettivi_and_indicators_by_code_or_words(string q, string expectedLink)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/cerca?q=" + Uri.EscapeDataString(q));
        page.QuerySelectorAll($"main a[href='{expectedLink}']").Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("x", "Indicare almeno due caratteri da cercare.")]
    [InlineData("zzzqqq", "Nessun risultato")]
    public async Task Search_explains_empty_or_too_short_queries(string q, string message)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/cerca?q=" + q);
        page.QuerySelector("main")!.TextContent.Should().Contain(message);
    }

    [Fact]
    public async Task Search_refuses_oversized_queries_and_treats_wildcards_literally()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/cerca?q=" + new string('a', 300));
        page.QuerySelector(".alert-warning")!.TextContent.Should().Contain("al massimo 200 caratteri");

        var wildcard = await client.GetDocumentAsync("/cerca?q=%25%25");
        wildcard.QuerySelector("main")!.TextContent.Should().Contain("Nessun risultato");
    }

    [Fact]
    public async Task Html_in_the_query_is_shown_as_text()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.GetAsync(new Uri("/cerca?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;script&gt;");
    }

    [Theory]
    [InlineData("/programmi", 1)]
    [InlineData("/programmi/1.02", 1)]
    [InlineData("/obiettivi/C06", 2)]
    [InlineData("/partecipate", 1)]
    public async Task Pages_load_with_one_or_two_queries(string url, int maxQueries)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        (await client.GetAsync(new Uri(url, UriKind.Relative))).Dispose(); // warm-up
        app.Commands.Reset();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Commands.Count.Should().BeLessThanOrEqualTo(maxQueries);
    }
}
