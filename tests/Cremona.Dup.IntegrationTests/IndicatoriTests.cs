using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Indicatori;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The indicator explorer GET /indicatori, its filters, the summary per missione and the exports, on the real dataset.</summary>
public sealed class IndicatoriTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private const string DiGirolamo = "Di Girolamo Gabriella";

    private static List<IElement> Righe(IDocument page) => page.QuerySelectorAll("table#indicatori tbody tr").ToList();

    private static string Cella(IElement riga, int colonna) => riga.QuerySelectorAll("td")[colonna].TextContent.Trim();

    [Fact]
    public async Task Controllo_sees_every_indicator_with_counts_per_esito_and_fifty_rows_a_page()
    {
        var attesi = await app.TuttiAsync();
        using var client = await app.LoginAsync(TestUsers.Controllo);

        var page = await client.GetDocumentAsync("/indicatori");

        IndicatoriAttesi.Totale(page).Should().Be(144);
        Righe(page).Should().HaveCount(50);
        foreach (var e in Esiti.Tutti)
        {
            page.QuerySelector($"[data-esito='{Esiti.Parametro(e)}']")!.TextContent
                .Should().Be(attesi.Count(a => a.Esito == e).ToString(CultureInfo.InvariantCulture), Esiti.Parametro(e));
        }
        attesi.Count(a => a.Esito == EsitoIndicatore.NonMisurato).Should().BeGreaterThan(0, "the dataset has indicators with no value or no target");
        page.QuerySelector("nav[aria-label='Navigazione principale'] a[href='/indicatori']")!.GetAttribute("aria-current").Should().Be("page");
    }

    [Fact]
    public async Task The_first_row_links_its_plan_codes_names_and_indicator_page()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var page = await client.GetDocumentAsync("/indicatori?obiettivo=C06");

        var riga = Righe(page).First();
        riga.QuerySelector("a[href='/indicatori?missione=1']")!.TextContent.Should().Be("1");
        riga.TextContent.Should().Contain("Servizi istituzionali, generali e di gestione");
        riga.QuerySelector("a[href='/programmi/1.02']")!.ParentElement!.TextContent.Should().Contain("Segreteria generale");
        riga.QuerySelector("a[href='/indicatori?obiettivo=B01']")!.ParentElement!.TextContent.Should().Contain("Ufficio progetti Cremona 2020");
        riga.QuerySelector("a[href='/obiettivi/C06']")!.ParentElement!.TextContent.Should().Contain("REPERIRE RISORSE A SOSTEGNO DEI PROGETTI DELL'ENTE");
        Cella(riga, 4).Should().Be(DiGirolamo);
        riga.QuerySelector("a.nome-indicatore")!.TextContent.Should().Be("Grado di copertura dei progetti");
        riga.QuerySelector("a.nome-indicatore")!.GetAttribute("href").Should().MatchRegex(@"^/indicatori/\d+$");
        Cella(riga, 6).Should().Be("50,00");
        Cella(riga, 7).Should().Be("91,00");
        Cella(riga, 8).Should().Be("2018");
        Cella(riga, 9).Should().Be("182,0%");
        riga.QuerySelector("td .badge")!.TextContent.Should().Be("Raggiunto");
        riga.QuerySelector("td .badge")!.ClassList.Should().Contain("bg-success");
    }

    [Fact]
    public async Task Missione_filter_returns_exactly_the_indicators_of_each_missione()
    {
        var attesi = await app.TuttiAsync();
        using var client = await app.LoginAsync(TestUsers.Controllo);

        foreach (var missione in attesi.Select(a => a.Missione).Distinct())
        {
            var (ids, totale) = await client.RigheAsync($"missione={missione}");
            var expected = attesi.Where(a => a.Missione == missione).Select(a => a.Id).ToList();
            totale.Should().Be(expected.Count, $"missione {missione}");
            ids.Should().BeEquivalentTo(expected, $"missione {missione}");
        }
    }

    [Fact]
    public async Task Programma_obiettivo_and_responsabile_filters_return_exactly_their_indicators()
    {
        var attesi = await app.TuttiAsync();
        using var client = await app.LoginAsync(TestUsers.Controllo);

        (await client.RigheAsync("programma=1.02")).Ids.Should().BeEquivalentTo(attesi.Where(a => a.Programma == "1.02").Select(a => a.Id));
        (await client.RigheAsync("obiettivo=C06")).Ids.Should().BeEquivalentTo(attesi.Where(a => a.Obiettivo == "C06").Select(a => a.Id)).And.HaveCount(2);
        (await client.RigheAsync("obiettivo=b01")).Ids.Should().BeEquivalentTo(attesi.Where(a => a.Strategico == "B01").Select(a => a.Id));
        var diGirolamo = attesi.Where(a => a.Responsabile == DiGirolamo).Select(a => a.Id).ToList();
        (await client.RigheAsync("responsabile=di.girolamo.gabriella")).Ids.Should().BeEquivalentTo(diGirolamo);
        (await client.RigheAsync("responsabile=Di+Girolamo+Gabriella")).Ids.Should().BeEquivalentTo(diGirolamo);
        diGirolamo.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Anno_filter_looks_at_that_year_and_keeps_the_indicators_that_report_it()
    {
        var attesi = await app.TuttiAsync(anno: 2017);
        using var client = await app.LoginAsync(TestUsers.Controllo);

        var (ids, _) = await client.RigheAsync("anno=2017");

        var expected = attesi.Where(a => a.PrimoAnno <= 2017 && a.UltimoAnno >= 2017).ToList();
        ids.Should().BeEquivalentTo(expected.Select(a => a.Id));
        expected.Count.Should().BeLessThan(144, "some indicators start in 2018");
        var page = await client.GetDocumentAsync("/indicatori?anno=2017&esito=non-misurato");
        IndicatoriAttesi.Totale(page).Should().Be(expected.Count(a => a.Esito == EsitoIndicatore.NonMisurato));
        // Non misurato: no 2017 consuntivo, or no target to compare it with; never a percentage.
        Righe(page).Should().OnlyContain(r => Cella(r, 8) == "2017" && (Cella(r, 7) == "" || Cella(r, 6) == "") && Cella(r, 9) == "");
    }

    [Theory]
    [InlineData("raggiunto", EsitoIndicatore.Raggiunto, "Raggiunto")]
    [InlineData("parziale", EsitoIndicatore.ParzialmenteRaggiunto, "Parzialmente raggiunto")]
    [InlineData("non-raggiunto", EsitoIndicatore.NonRaggiunto, "Non raggiunto")]
    [InlineData("non-misurato", EsitoIndicatore.NonMisurato, "Non misurato")]
    public async Task Esito_filter_returns_exactly_the_indicators_with_that_esito(string parametro, EsitoIndicatore esito, string etichetta)
    {
        var attesi = await app.TuttiAsync();
        using var client = await app.LoginAsync(TestUsers.Controllo);

        var (ids, _) = await client.RigheAsync($"esito={parametro}");

        ids.Should().BeEquivalentTo(attesi.Where(a => a.Esito == esito).Select(a => a.Id));
        var page = await client.GetDocumentAsync($"/indicatori?esito={parametro}");
        Righe(page).Should().OnlyContain(r => r.QuerySelector("td .badge")!.TextContent == etichetta);
    }

    [Fact]
    public async Task Non_misurato_never_shows_zero_percent()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var page = await client.GetDocumentAsync("/indicatori?esito=non-misurato");

        Righe(page).Should().NotBeEmpty().And.OnlyContain(r => Cella(r, 9) == "");
        page.QuerySelector("table#indicatori tbody")!.TextContent.Should().Contain("senza target").And.Contain("Nessun consuntivo");
    }

    [Fact]
    public async Task Free_text_ignores_case_and_accents()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);

        var (ids, totale) = await client.RigheAsync("q=COPERTURA+dei+PROGETTI");
        totale.Should().Be(1);
        var page = await client.GetDocumentAsync("/indicatori?q=COPERTURA+dei+PROGETTI");
        page.QuerySelector("a.nome-indicatore")!.TextContent.Should().Be("Grado di copertura dei progetti");

        var accenti = await client.GetDocumentAsync("/indicatori?q=contabilita");
        Righe(accenti).Should().NotBeEmpty().And.OnlyContain(r => r.TextContent.Contains("CONTABILITA", StringComparison.OrdinalIgnoreCase));
        ids.Should().HaveCount(1);
    }

    [Fact]
    public async Task Filters_combine()
    {
        var attesi = await app.TuttiAsync();
        using var client = await app.LoginAsync(TestUsers.Controllo);

        var (ids, _) = await client.RigheAsync("missione=1&responsabile=di.girolamo.gabriella&esito=raggiunto");

        var expected = attesi.Where(a => a.Missione == 1 && a.Responsabile == DiGirolamo && a.Esito == EsitoIndicatore.Raggiunto).Select(a => a.Id).ToList();
        expected.Should().NotBeEmpty();
        ids.Should().BeEquivalentTo(expected);
        (await client.RigheAsync("programma=1.02&obiettivo=C06&anno=2018")).Ids.Should().BeEquivalentTo(attesi.Where(a => a.Obiettivo == "C06").Select(a => a.Id));
        (await client.RigheAsync("programma=1.02&missione=3")).Totale.Should().Be(0);
    }

    [Fact]
    public async Task Sorting_by_achievement_descending_keeps_empty_values_last_on_every_page()
    {
        var attesi = await app.TuttiAsync();
        using var client = await app.LoginAsync(TestUsers.Controllo);

        var (ids, _) = await client.RigheAsync("ordina=raggiungimento&verso=desc");

        var percentuali = ids.Select(id => attesi.Single(a => a.Id == id).Percentuale).ToList();
        var piene = percentuali.TakeWhile(p => p is not null).ToList();
        piene.Should().BeInDescendingOrder();
        percentuali.Skip(piene.Count).Should().OnlyContain(p => p == null);
        ids.Should().HaveCount(144).And.OnlyHaveUniqueItems();

        var asc = await client.RigheAsync("ordina=raggiungimento&verso=asc");
        asc.Ids.Select(id => attesi.Single(a => a.Id == id).Percentuale).TakeWhile(p => p is not null).Should().BeInAscendingOrder();
        var page = await client.GetDocumentAsync("/indicatori?ordina=raggiungimento&verso=desc");
        page.QuerySelector("th[aria-sort='descending']")!.TextContent.Should().Contain("Raggiungimento");
    }

    [Fact]
    public async Task Pages_split_the_rows_by_fifty_and_a_page_beyond_shows_the_last()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var all = (await client.RigheAsync()).Ids;

        var third = await client.GetDocumentAsync("/indicatori?pagina=3");
        Righe(third).Select(r => int.Parse(r.GetAttribute("data-id")!, CultureInfo.InvariantCulture)).Should().Equal(all.Skip(100));
        third.QuerySelector("#righe-mostrate")!.TextContent.Should().Contain("101–144 di 144");
        third.QuerySelector(".pagination a[aria-current='page']")!.TextContent.Should().Contain("3");

        var beyond = await client.GetDocumentAsync("/indicatori?pagina=99");
        Righe(beyond).Should().HaveCount(44);
    }

    [Fact]
    public async Task Applied_filters_show_as_chips_that_each_remove_one_filter()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var page = await client.GetDocumentAsync("/indicatori?missione=1&esito=raggiunto&q=grado&ordina=target");

        var chips = page.QuerySelectorAll("a.chip-filtro").ToList();
        chips.Select(c => c.QuerySelector(".chip-label")!.TextContent).Should().Equal(
            "Missione: 1 – Servizi istituzionali, generali e di gestione", "Esito: Raggiunto", "Testo cercato: grado");
        chips.Select(c => c.GetAttribute("href")).Should().Equal(
            "/indicatori?esito=raggiunto&q=grado&ordina=target",
            "/indicatori?missione=1&q=grado&ordina=target",
            "/indicatori?missione=1&esito=raggiunto&ordina=target");
        page.QuerySelector<IHtmlSelectElement>("#filtro-missione")!.Value.Should().Be("1");
        page.QuerySelector<IHtmlInputElement>("#filtro-q")!.Value.Should().Be("grado");
        (await client.GetDocumentAsync("/indicatori")).QuerySelectorAll("a.chip-filtro").Should().BeEmpty();
    }

    [Theory]
    [InlineData("missione=abc", "La missione «abc» non è valida")]
    [InlineData("anno=abcd", "L'anno «abcd» non è valido")]
    [InlineData("anno=1999", "L'anno «1999» non è valido")]
    [InlineData("esito=ottimo", "L'esito «ottimo» non è valido")]
    [InlineData("programma=1.2", "Il programma «1.2» non è valido")]
    [InlineData("obiettivo=X9", "L'obiettivo «X9» non è valido")]
    [InlineData("missione=1&anno=20%3Cb%3E18", "L'anno «20<b>18» non è valido")]
    public async Task Bad_filter_values_give_an_Italian_message_and_no_rows(string query, string message)
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        using var response = await client.GetAsync(new Uri("/indicatori?" + query, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("#errori-filtri")!.TextContent.Should().Contain(message);
        Righe(page).Should().BeEmpty();
        IndicatoriAttesi.Totale(page).Should().Be(0);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("<b>18");
    }

    [Theory]
    [InlineData("missione=99")]
    [InlineData("programma=9.99")]
    [InlineData("obiettivo=C999")]
    [InlineData("responsabile=nessuno.tale")]
    [InlineData("q=zzzzqqq")]
    public async Task Unknown_but_well_formed_values_give_an_empty_result(string query)
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        using var response = await client.GetAsync(new Uri("/indicatori?" + query, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector(".alert-info")!.TextContent.Should().Contain("Nessun indicatore corrisponde ai filtri");
        page.QuerySelector("#errori-filtri").Should().BeNull();
    }

    [Theory]
    [InlineData("ordina=nulla&verso=su&pagina=-3")]
    [InlineData("pagina=abc")]
    [InlineData("ordina=esito&verso=desc")]
    public async Task Odd_sort_and_page_values_fall_back_and_never_fail(string query)
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        using var response = await client.GetAsync(new Uri("/indicatori?" + query, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Righe(await response.ToDocumentAsync()).Should().HaveCount(50);
    }

    [Fact]
    public async Task A_responsabile_sees_only_the_indicators_of_their_own_obiettivi()
    {
        var attesi = await app.TuttiAsync();
        var own = attesi.Where(a => a.Responsabile == DiGirolamo).Select(a => a.Id).ToList();
        var foreign = attesi.First(a => a.Responsabile != DiGirolamo);
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);

        var (ids, _) = await client.RigheAsync();
        ids.Should().BeEquivalentTo(own);
        var page = await client.GetDocumentAsync("/indicatori");
        page.QuerySelector("p.lead")!.TextContent.Should().Contain("solo gli indicatori degli obiettivi di cui sei responsabile gestionale");
        page.QuerySelector("#filtro-responsabile").Should().BeNull("there is nobody else to choose");

        (await client.RigheAsync("responsabile=pesaro.mara")).Totale.Should().Be(0);
        (await client.RigheAsync($"missione={foreign.Missione}&obiettivo={foreign.Obiettivo}")).Totale.Should().Be(0);
        using var other = await client.GetAsync(new Uri($"/indicatori/{foreign.Id}", UriKind.Relative));
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var mine = await client.GetAsync(new Uri($"/indicatori/{own[0]}", UriKind.Relative));
        mine.StatusCode.Should().Be(HttpStatusCode.OK);

        var csv = Csv(await client.GetByteArrayAsync(new Uri("/indicatori.csv", UriKind.Relative)));
        csv.Skip(1).Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).Should().BeEquivalentTo(own);
        var xlsx = XlsxReader.Leggi(await client.GetByteArrayAsync(new Uri("/indicatori.xlsx?responsabile=pesaro.mara", UriKind.Relative)));
        xlsx.Righe["Indicatori"].Should().HaveCount(1, "only the header: another responsabile's indicators are not exported");
        var allXlsx = XlsxReader.Leggi(await client.GetByteArrayAsync(new Uri("/indicatori.xlsx", UriKind.Relative)));
        allXlsx.Righe["Indicatori"].Skip(1).Select(r => int.Parse(r[0].Testo!, CultureInfo.InvariantCulture)).Should().BeEquivalentTo(own);
    }

    [Theory]
    [InlineData("/indicatori")]
    [InlineData("/indicatori.xlsx")]
    [InlineData("/indicatori.csv")]
    [InlineData("/indicatori/missioni")]
    [InlineData("/indicatori/1")]
    public async Task Anonymous_users_are_sent_to_the_login(string url)
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
    }

    [Fact]
    public async Task The_xlsx_export_has_exactly_the_page_rows_with_numeric_year_columns_and_an_Info_sheet()
    {
        const string query = "missione=1&ordina=raggiungimento&verso=desc";
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var (ids, _) = await client.RigheAsync(query);

        using var response = await client.GetAsync(new Uri("/indicatori.xlsx?" + query, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().MatchRegex(@"^indicatori-\d{4}-\d{2}-\d{2}\.xlsx$");
        var xlsx = XlsxReader.Leggi(await response.Content.ReadAsByteArrayAsync());

        xlsx.Fogli.Should().Equal("Info", "Indicatori");
        var header = xlsx.Righe["Indicatori"][0].Select(c => c.Testo).ToList();
        header.Should().Contain(["Id indicatore", "Missione", "Programma", "Obiettivo operativo", "Indicatore", "Target",
            "Consuntivo 2017", "Consuntivo 2018", "Raggiungimento (%)", "Esito"]);
        var rows = xlsx.Righe["Indicatori"].Skip(1).ToList();
        rows.Select(r => int.Parse(r[0].Testo!, CultureInfo.InvariantCulture)).Should().Equal(ids, "same rows, same order as the page");

        var c2018 = header.IndexOf("Consuntivo 2018");
        var target = header.IndexOf("Target");
        rows.Where(r => r[c2018].Testo is not null).Should().NotBeEmpty().And.OnlyContain(r => r[c2018].Numero);
        rows.Where(r => r[target].Testo is not null).Should().OnlyContain(r => r[target].Numero);
        rows.SelectMany(r => r).Should().OnlyContain(c => !c.Formula);
        var copertura = rows.Single(r => r[header.IndexOf("Indicatore")].Testo == "Grado di copertura dei progetti");
        decimal.Parse(copertura[target].Testo!, CultureInfo.InvariantCulture).Should().Be(50m);
        decimal.Parse(copertura[c2018].Testo!, CultureInfo.InvariantCulture).Should().Be(91m);
        decimal.Parse(copertura[header.IndexOf("Raggiungimento (%)")].Testo!, CultureInfo.InvariantCulture).Should().Be(1.82m);
        copertura[header.IndexOf("Esito")].Testo.Should().Be("Raggiunto");

        var info = xlsx.Righe["Info"].Where(r => r.Count >= 2).ToDictionary(r => r[0].Testo!, r => r[1].Testo);
        info["Utente"].Should().Be("Controllo di gestione (controllo)");
        info["Filtro: Missione"].Should().Be("1");
        info["Ordinamento"].Should().Be("raggiungimento, decrescente");
        info["Righe"].Should().Be(ids.Count.ToString(CultureInfo.InvariantCulture));
        info["Data di estrazione"].Should().MatchRegex(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$");
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_bom_semicolons_and_decimal_commas_with_the_page_rows()
    {
        const string query = "programma=1.02";
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var (ids, totale) = await client.RigheAsync(query);

        using var response = await client.GetAsync(new Uri("/indicatori.csv?" + query, UriKind.Relative));
        response.Content.Headers.ContentType!.ToString().Should().Be("text/csv; charset=utf-8");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(totale + 1);
        lines[0].Should().StartWith("\"Id indicatore\";\"Missione\";\"Nome missione\";\"Programma\"");
        var csv = Csv(bytes);
        var header = csv[0];
        csv.Skip(1).Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).Should().Equal(ids);
        var copertura = csv.Single(r => r[header.IndexOf("Indicatore")] == "Grado di copertura dei progetti");
        copertura[header.IndexOf("Target")].Should().Be("50");
        copertura[header.IndexOf("Consuntivo 2018")].Should().Be("91");
        copertura[header.IndexOf("Raggiungimento (%)")].Should().Be("182");
        text.Should().Contain("\"Servizi istituzionali, generali e di gestione\"");
        csv.Skip(1).Select(r => r[header.IndexOf("Raggiungimento (%)")]).Should().Contain(v => v.Contains(','), "decimals use a comma");
    }

    [Fact]
    public async Task Exports_with_a_bad_filter_carry_the_message_and_no_rows()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var csv = Csv(await client.GetByteArrayAsync(new Uri("/indicatori.csv?anno=abcd", UriKind.Relative)));
        csv.Should().HaveCount(1);
        var xlsx = XlsxReader.Leggi(await client.GetByteArrayAsync(new Uri("/indicatori.xlsx?anno=abcd", UriKind.Relative)));
        xlsx.Righe["Info"].Should().Contain(r => r.Count >= 2 && r[0].Testo == "Filtro non valido" && r[1].Testo!.Contains("abcd"));
    }

    [Fact]
    public async Task The_summary_per_missione_counts_each_esito_and_carries_the_chart_data()
    {
        var attesi = await app.TuttiAsync();
        using var client = await app.LoginAsync(TestUsers.Controllo);

        var page = await client.GetDocumentAsync("/indicatori/missioni");

        var rows = page.QuerySelectorAll("table#riepilogo-missioni tbody tr").ToList();
        rows.Should().HaveCount(attesi.Select(a => a.Missione).Distinct().Count());
        foreach (var row in rows)
        {
            var missione = int.Parse(row.GetAttribute("data-missione")!, CultureInfo.InvariantCulture);
            foreach (var e in Esiti.Tutti)
            {
                row.QuerySelector($"td[data-esito='{Esiti.Parametro(e)}']")!.TextContent.Trim()
                    .Should().Be(attesi.Count(a => a.Missione == missione && a.Esito == e).ToString(CultureInfo.InvariantCulture));
            }
            row.QuerySelector("td[data-esito='totale']")!.TextContent.Should().Be(attesi.Count(a => a.Missione == missione).ToString(CultureInfo.InvariantCulture));
        }

        var island = page.QuerySelector("script#dati-missioni")!;
        island.GetAttribute("type").Should().Be("application/json");
        using var json = JsonDocument.Parse(island.TextContent);
        json.RootElement.GetProperty("serie").GetArrayLength().Should().Be(4);
        json.RootElement.GetProperty("serie")[0].GetProperty("valori").EnumerateArray().Sum(v => v.GetInt32())
            .Should().Be(attesi.Count(a => a.Esito == EsitoIndicatore.Raggiunto));
        page.QuerySelector("canvas#grafico-missioni")!.GetAttribute("role").Should().Be("img");
    }

    [Fact]
    public async Task The_summary_honours_the_filters_and_a_responsabile_scope()
    {
        var attesi = await app.TuttiAsync();
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);

        var page = await client.GetDocumentAsync("/indicatori/missioni");

        var totale = page.QuerySelectorAll("table#riepilogo-missioni tbody td[data-esito='totale']").Sum(td => int.Parse(td.TextContent, CultureInfo.InvariantCulture));
        totale.Should().Be(attesi.Count(a => a.Responsabile == DiGirolamo));
        var bad = await client.GetDocumentAsync("/indicatori/missioni?anno=xx");
        bad.QuerySelector("#errori-filtri")!.TextContent.Should().Contain("L'anno «xx» non è valido");
    }

    [Fact]
    public async Task The_indicator_page_shows_texts_values_chart_data_and_no_form_to_other_roles()
    {
        var copertura = (await app.TuttiAsync()).Single(a => a.Nome == "Grado di copertura dei progetti");
        using var client = await app.LoginAsync(TestUsers.Segreteria);

        var page = await client.GetDocumentAsync($"/indicatori/{copertura.Id}");

        page.QuerySelector("h1")!.TextContent.Should().Be("Grado di copertura dei progetti");
        var scheda = page.QuerySelector("dl.scheda")!.TextContent;
        scheda.Should().Contain("Misurare la quantità di risorse reperite").And.Contain("Ammontare contributi ricevuti").And.Contain("Target preventivo al 2019");
        page.QuerySelector("#valore-direzione")!.TextContent.Should().Be("Più alto è meglio");
        page.QuerySelector("#valore-soglie")!.TextContent.Should().Contain("Raggiunto da 100%, parziale da 80%").And.Contain("Soglie predefinite");
        var valori = page.QuerySelectorAll("table#valori-indicatore tbody tr").Select(r => r.TextContent).ToList();
        valori.Should().HaveCount(5);
        valori[0].Should().Contain("2017").And.Contain("59,00").And.Contain("118,0%").And.Contain("Raggiunto");
        valori[2].Should().Contain("2019").And.Contain("non rilevato").And.Contain("Non misurato");
        using var json = JsonDocument.Parse(page.QuerySelector("script#dati-andamento")!.TextContent);
        json.RootElement.GetProperty("consuntivi")[1].GetDecimal().Should().Be(91m);
        json.RootElement.GetProperty("consuntivi")[2].ValueKind.Should().Be(JsonValueKind.Null, "missing is never zero");
        page.QuerySelector("form#misura").Should().BeNull();

        using var controllo = await app.LoginAsync(TestUsers.Controllo);
        (await controllo.GetDocumentAsync($"/indicatori/{copertura.Id}")).QuerySelector("form#misura").Should().NotBeNull();
        using var missing = await controllo.GetAsync(new Uri("/indicatori/999999", UriKind.Relative));
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/indicatori", 2)]
    [InlineData("/indicatori?missione=1&esito=raggiunto&ordina=target", 2)]
    [InlineData("/indicatori/missioni", 2)]
    [InlineData("/indicatori.csv", 2)]
    public async Task Explorer_pages_run_two_queries(string url, int maxQueries)
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        (await client.GetAsync(new Uri(url, UriKind.Relative))).Dispose();
        app.Commands.Reset();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Commands.Count.Should().BeLessThanOrEqualTo(maxQueries);
    }

    /// <summary>Parses the export's CSV (BOM, ';', quoted fields with doubled quotes).</summary>
    private static List<List<string>> Csv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        text = text.TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        foreach (var line in text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = new List<string>();
            var current = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else current.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ';') { fields.Add(current.ToString()); current.Clear(); }
                else current.Append(c);
            }
            fields.Add(current.ToString());
            rows.Add(fields);
        }
        return rows;
    }
}
