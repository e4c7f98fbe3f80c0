using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using static Cremona.Dup.IntegrationTests.Infrastructure.RilevazioniTestData;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The completion dashboard of the demo round after a few obiettivi moved on (the same moves for every test).</summary>
public sealed class GestioneRilevazioniDashboardTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private async Task<HttpClient> PrepareAsync()
    {
        await app.PortaAsync(Annuale2019, "C06", StatoCompilazione.Inviato);
        await app.PortaAsync(Annuale2019, "C07", StatoCompilazione.Bozza);
        await app.PortaAsync(Annuale2019, "C64", StatoCompilazione.Validato);   // Pesaro Mara
        await app.PortaAsync(Annuale2019, "C68", StatoCompilazione.Restituito); // Pesaro Mara
        return await app.LoginAsync(TestUsers.Segreteria);
    }

    private static string Cell(IElement row, StatoCompilazione stato) =>
        row.QuerySelector($"td[data-stato='{stato}']")!.TextContent.Trim();

    [Fact]
    public async Task Totals_count_each_state_with_percentages_and_completion()
    {
        using var client = await PrepareAsync();
        var page = await client.GetDocumentAsync("/rilevazioni/2019-12-31");

        string Totale(string stato) => page.QuerySelector($"#totali [data-stato='{stato}']")!.TextContent.Trim();
        Totale("Totale").Should().Be("118");
        Totale(nameof(StatoCompilazione.DaCompilare)).Should().Be("114");
        Totale(nameof(StatoCompilazione.Bozza)).Should().Be("1");
        Totale(nameof(StatoCompilazione.Inviato)).Should().Be("1");
        Totale(nameof(StatoCompilazione.Restituito)).Should().Be("1");
        Totale(nameof(StatoCompilazione.Validato)).Should().Be("1");
        var riepilogo = page.QuerySelector("#riepilogo")!.ParentElement!;
        riepilogo.TextContent.Should().Contain("Inviati o validati: 2 di 118").And.Contain("Da compilare (97%)").And.Contain("In bozza (1%)");
        var bar = riepilogo.QuerySelector("[role='progressbar']")!;
        bar.GetAttribute("aria-valuenow").Should().Be("2");
        bar.GetAttribute("aria-label").Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Each_responsabile_and_programma_has_counts_percentages_and_a_progress_bar()
    {
        using var client = await PrepareAsync();
        var page = await client.GetDocumentAsync("/rilevazioni/2019-12-31");

        var rows = page.QuerySelectorAll("#tabella-responsabili tbody tr");
        rows.Should().HaveCount(14);
        rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()).Should().BeInAscendingOrder(StringComparer.Create(
            System.Globalization.CultureInfo.GetCultureInfo("it-IT"), true));
        var girolamo = rows.Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Di Girolamo Gabriella");
        girolamo.QuerySelectorAll("td")[0].TextContent.Trim().Should().Be("16");
        Cell(girolamo, StatoCompilazione.DaCompilare).Should().Be("14 (88%)");
        Cell(girolamo, StatoCompilazione.Bozza).Should().Be("1 (6%)");
        Cell(girolamo, StatoCompilazione.Inviato).Should().Be("1 (6%)");
        Cell(girolamo, StatoCompilazione.Validato).Should().Be("0");
        girolamo.QuerySelector("[role='progressbar']")!.GetAttribute("aria-valuenow").Should().Be("6");
        girolamo.QuerySelector(".progress-bar-label")!.TextContent.Should().Contain("6%");

        var pesaro = rows.Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Pesaro Mara");
        Cell(pesaro, StatoCompilazione.Validato).Should().Be("1 (7%)");
        Cell(pesaro, StatoCompilazione.Restituito).Should().Be("1 (7%)");

        var programmi = page.QuerySelectorAll("#tabella-programmi tbody tr");
        programmi.Should().HaveCount(await app.InDbAsync(db => db.Programmi.CountAsync(p => p.Obiettivi.Any())));
        var segreteria = programmi.Single(r => r.GetAttribute("data-chiave") == "1.02");
        segreteria.QuerySelector("th")!.TextContent.Trim().Should().Be("1.02 – Segreteria generale");
        Cell(segreteria, StatoCompilazione.Inviato).Should().StartWith("1 (");
        Cell(segreteria, StatoCompilazione.Bozza).Should().StartWith("1 (");
    }

    [Fact]
    public async Task The_lists_show_what_is_missing_and_what_waits_for_validation_with_links_to_the_form()
    {
        using var client = await PrepareAsync();
        var page = await client.GetDocumentAsync("/rilevazioni/2019-12-31");

        var attesa = page.QuerySelectorAll("#tabella-da-validare tbody tr");
        attesa.Select(r => r.GetAttribute("data-codice")).Should().Equal("C06");
        attesa[0].TextContent.Should().Contain("Di Girolamo Gabriella");
        attesa[0].QuerySelector<IHtmlInputElement>("input[name='codici']")!.Value.Should().Be("C06");

        var mancanti = page.QuerySelectorAll("#tabella-da-completare tbody tr");
        mancanti.Should().HaveCount(116);
        mancanti.Select(r => r.GetAttribute("data-codice")).Should().NotContain(["C06", "C64"]).And.Contain(["C07", "C68"]);
        var c07 = mancanti.Single(r => r.GetAttribute("data-codice") == "C07");
        c07.TextContent.Should().Contain("Di Girolamo Gabriella").And.Contain("In bozza");
        c07.QuerySelector("a[href='/rilevazioni/2019-12-31/obiettivi/C07']").Should().NotBeNull();
        mancanti.Single(r => r.GetAttribute("data-codice") == "C68").TextContent.Should().Contain("Restituito");

        page.QuerySelectorAll("#tabella-validati tbody tr").Select(r => r.GetAttribute("data-codice")).Should().Equal("C64");
    }

    [Fact]
    public async Task Filters_by_state_responsabile_and_programma_narrow_the_lists_not_the_totals()
    {
        using var client = await PrepareAsync();
        var dashboard = await client.GetDocumentAsync("/rilevazioni/2019-12-31");
        var filtri = dashboard.QuerySelector<IHtmlFormElement>("#filtri")!;
        var pesaroId = filtri.QuerySelectorAll<IHtmlOptionElement>("#filtro-responsabile option").Single(o => o.Text == "Pesaro Mara").Value;

        var submission = filtri.SetValues(new Dictionary<string, string> { ["responsabile"] = pesaroId }).GetSubmission()!;
        var page = await client.GetDocumentAsync(((Uri)submission.Target).PathAndQuery);

        page.QuerySelectorAll("#tabella-da-completare tbody tr").Should().HaveCount(13);
        page.QuerySelectorAll("#tabella-da-completare tbody tr").Should().OnlyContain(r => r.TextContent.Contains("Pesaro Mara"));
        page.QuerySelectorAll("#tabella-da-validare tbody tr").Should().BeEmpty();
        page.QuerySelectorAll("#tabella-validati tbody tr").Should().ContainSingle();
        page.QuerySelector("#totali [data-stato='Totale']")!.TextContent.Trim().Should().Be("118");
        page.QuerySelector<IHtmlSelectElement>("#filtro-responsabile")!.Value.Should().Be(pesaroId);

        var stato = await client.GetDocumentAsync("/rilevazioni/2019-12-31?stato=Bozza&programma=1.02");
        stato.QuerySelectorAll("#tabella-da-completare tbody tr").Select(r => r.GetAttribute("data-codice")).Should().Equal("C07");

        var garbage = await client.GetDocumentAsync("/rilevazioni/2019-12-31?stato=Nessuno&responsabile=abc");
        garbage.QuerySelectorAll("#tabella-da-completare tbody tr").Should().HaveCount(116, "unreadable filters are ignored");
    }

    [Fact]
    public async Task The_dashboard_and_the_list_of_rounds_load_with_one_or_two_queries()
    {
        using var client = await PrepareAsync();
        foreach (var (url, max) in new[] { ("/rilevazioni/2019-12-31", 2), ("/rilevazioni", 1) })
        {
            (await client.GetAsync(new Uri(url, UriKind.Relative))).Dispose();
            app.Commands.Reset();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            app.Commands.Count.Should().BeLessThanOrEqualTo(max, url);
        }
    }

    [Fact]
    public async Task The_list_of_rounds_shows_date_title_state_deadline_and_completion()
    {
        using var client = await PrepareAsync();
        var page = await client.GetDocumentAsync("/rilevazioni");
        var rows = page.QuerySelectorAll("#rilevazioni tbody tr");
        rows[0].TextContent.Should().Contain("31/12/2019").And.Contain("Annuale 2019").And.Contain("Aperta").And.Contain("2 di 118");
        rows[0].QuerySelector("[role='progressbar']")!.GetAttribute("aria-valuenow").Should().Be("2");
        rows[0].QuerySelector("a[href='/rilevazioni/2019-12-31']").Should().NotBeNull();
        rows[1].TextContent.Should().Contain("30/06/2019").And.Contain("Infrannuale 2019").And.Contain("Chiusa").And.Contain("118 di 118");
        page.QuerySelector("a[href='/rilevazioni/nuova']")!.TextContent.Should().Be("Nuova rilevazione");
        page.QuerySelector("nav a[href='/rilevazioni']")!.GetAttribute("aria-current").Should().Be("page");
    }
}
