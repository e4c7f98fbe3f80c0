using System.Globalization;
using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The Allegato 6 workbook reopened with OpenXml: sheets, row counts, cell types, formula injection, scope, cache.</summary>
public sealed class ReportExcelTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private const string Full = "/report/allegato6.xlsx?data=2019-06-30";

    private async Task<(HttpResponseMessage Response, byte[] Content)> GetAsync(string user, string url)
    {
        using var client = await app.LoginAsync(user);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_full_workbook_has_one_row_per_obiettivo_and_per_indicator_with_numbers_as_numbers()
    {
        var (response, content) = await GetAsync(TestUsers.Controllo, Full);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Allegato6_2019-06-30.xlsx");
        using var workbook = new XlsxFile(content);

        workbook.SheetNames.Should().Equal("Info", "Obiettivi", "Indicatori", "Partecipate");
        workbook.Title.Should().Be("Allegato 6 – Stato di attuazione dei Programmi e obiettivi al 30 giugno 2019");
        workbook.Creator.Should().Be("Comune di Cremona – Segreteria Generale");
        XlsxFile.Rows(workbook.Sheet("Obiettivi")).Should().HaveCount(1 + 118);
        XlsxFile.Rows(workbook.Sheet("Indicatori")).Should().HaveCount(1 + 144);
        XlsxFile.Rows(workbook.Sheet("Partecipate")).Count.Should().BeGreaterThan(10);

        var indicatori = workbook.Sheet("Indicatori");
        var c06 = XlsxFile.Rows(indicatori).Skip(1).Select(r => workbook.ByHeader(indicatori, r))
            .Single(r => workbook.Text(r["Indicatore"]) == "Grado di copertura dei progetti");
        workbook.Text(c06["Obiettivo operativo"]).Should().Be("C06");
        foreach (var (header, value) in new[] { ("Target", 50m), ("Consuntivo 2017", 59m), ("Consuntivo 2018", 91m) })
        {
            c06[header].DataType.Should().BeNull($"{header} is a number, not text");
            decimal.Parse(c06[header].CellValue!.Text, CultureInfo.InvariantCulture).Should().Be(value);
        }
        c06["Consuntivo 2019"].CellValue.Should().BeNull("a value not measured stays empty, never zero");

        var view = indicatori.GetFirstChild<SheetViews>()!.Elements<SheetView>().Single().Elements<Pane>().Single();
        view.TopLeftCell!.Value.Should().Be("A2", "the header row is frozen");
        indicatori.GetFirstChild<AutoFilter>()!.Reference!.Value.Should().StartWith("A1:");
        indicatori.GetFirstChild<Columns>()!.Elements<Column>().Should().NotBeEmpty("widths are computed from the content");
    }

    [Fact]
    public async Task The_info_sheet_states_round_filters_user_and_date()
    {
        var (_, content) = await GetAsync(TestUsers.Segreteria, "/report/allegato6.xlsx?data=2019-06-30&missione=1");
        using var workbook = new XlsxFile(content);
        var info = workbook.Sheet("Info");
        var values = XlsxFile.Rows(info).Skip(1).ToDictionary(
            r => workbook.Text(r.Elements<Cell>().First()), r => workbook.Text(r.Elements<Cell>().ElementAt(1)));

        values["Ente"].Should().Contain("Comune di Cremona");
        values["Rilevazione"].Should().Be("Infrannuale 2019 al 30/06/2019");
        values["Filtri applicati"].Should().Be("Missione 1");
        values["Utente"].Should().Contain("segreteria");
        values["Data di estrazione"].Should().MatchRegex(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$");
        XlsxFile.Rows(workbook.Sheet("Partecipate")).Should().HaveCount(1, "only the header: the partecipate are not in a missione");
    }

    [Fact]
    public async Task A_text_starting_with_equals_is_written_as_text_never_as_a_formula_and_a_change_renews_the_file()
    {
        const string url = "/report/allegato6.xlsx?data=2019-12-31&programma=1.02";
        var (before, beforeContent) = await GetAsync(TestUsers.Segreteria, url);
        before.Headers.GetValues("X-Cache").Should().Equal("MISS");
        var (again, againContent) = await GetAsync(TestUsers.Segreteria, url);
        again.Headers.GetValues("X-Cache").Should().Equal("HIT");
        againContent.Should().Equal(beforeContent);

        const string risky = "=HYPERLINK(\"http://esempio.invalid\";\"clic\")";
        await app.WithItemAsync(RoundState.Aperta, "C06", (_, item) => { item.Update(risky, "+39 0372 407"); return 0; }, save: true);

        var (after, content) = await GetAsync(TestUsers.Segreteria, url);
        after.Headers.GetValues("X-Cache").Single().Should().Be("MISS", "any change to the round's data changes the cache key");
        using var workbook = new XlsxFile(content);
        var obiettivi = workbook.Sheet("Obiettivi");
        var c06 = XlsxFile.Rows(obiettivi).Skip(1).Select(r => workbook.ByHeader(obiettivi, r))
            .Single(r => workbook.Text(r["Obiettivo operativo"]) == "C06");
        var stato = c06["Stato di attuazione Annuale 2019"];
        stato.CellFormula.Should().BeNull();
        stato.DataType!.Value.Should().BeOneOf(CellValues.InlineString, CellValues.SharedString, CellValues.String);
        workbook.Text(stato).Should().Be(risky);
        workbook.Text(c06["Azioni correttive Annuale 2019"]).Should().Be("+39 0372 407");
    }

    [Fact]
    public async Task A_responsabile_gets_only_their_obiettivi_and_nothing_of_a_programma_of_others()
    {
        var (_, content) = await GetAsync(TestUsers.ResponsabileC06, Full);
        using var workbook = new XlsxFile(content);
        var obiettivi = workbook.Sheet("Obiettivi");
        var rows = XlsxFile.Rows(obiettivi).Skip(1).Select(r => workbook.ByHeader(obiettivi, r)).ToList();

        rows.Should().HaveCount(16);
        rows.Should().OnlyContain(r => workbook.Text(r["Responsabile gestionale"]) == "Di Girolamo Gabriella");
        XlsxFile.Rows(workbook.Sheet("Partecipate")).Should().HaveCount(1);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var altrui = await db.Programmi.Where(p => p.Obiettivi.Any() && p.Obiettivi.All(o => o.ResponsabileGestionale.Nome != "Di Girolamo Gabriella"))
            .Select(p => p.Codice).FirstAsync();
        var (response, other) = await GetAsync(TestUsers.ResponsabileC06, $"/report/allegato6.xlsx?data=2019-06-30&programma={altrui}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var empty = new XlsxFile(other);
        XlsxFile.Rows(empty.Sheet("Obiettivi")).Should().HaveCount(1, "only the header: never the data of others");
        XlsxFile.Rows(empty.Sheet("Indicatori")).Should().HaveCount(1);
    }
}
