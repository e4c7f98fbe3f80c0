using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.IntegrationTests.Piano;

/// <summary>Retiring never changes the Allegato 6 of a round that holds the item; a new round leaves it out.</summary>
public sealed class PianoRitiroReportTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private static async Task<(List<string> Obiettivi, List<string> Indicatori, List<string> Codici, string Cache)> AllegatoAsync(HttpClient client, string data)
    {
        using var response = await client.GetAsync(new Uri($"/report/allegato6.xlsx?data={data}", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var workbook = new XlsxFile(await response.Content.ReadAsByteArrayAsync());
        List<string> Righe(string foglio) => XlsxFile.Rows(workbook.Sheet(foglio))
            .Select(r => string.Join('|', r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(workbook.Text))).ToList();
        var foglio = workbook.Sheet("Obiettivi");
        var codici = XlsxFile.Rows(foglio).Skip(1).Select(r => workbook.Text(workbook.ByHeader(foglio, r)["Obiettivo operativo"])).ToList();
        return (Righe("Obiettivi"), Righe("Indicatori"), codici, response.Headers.GetValues("X-Cache").Single());
    }

    [Fact]
    public async Task Retiring_keeps_the_Allegato_6_of_past_rounds_and_a_new_round_leaves_the_retired_out()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var before = await AllegatoAsync(client, "2019-06-30");
        before.Obiettivi.Should().HaveCount(1 + 118);

        (await client.ConfermaAsync("/piano/obiettivi/C07/ritira")).Dispose();
        (await client.ConfermaAsync("/piano/programmi/1.11/ritira")).Dispose();
        var c06 = await app.InDbAsync(db => db.Indicatori.AsNoTracking().SingleAsync(i => i.Obiettivo.Codice == "C06" && i.Ordine == 2));
        (await client.ConfermaAsync($"/piano/indicatori/{c06.Id}/ritira")).Dispose();

        var after = await AllegatoAsync(client, "2019-06-30");
        after.Cache.Should().Be("MISS", "the retirements are changes: the report is built again, not served from the cache");
        after.Obiettivi.Should().Equal(before.Obiettivi);
        after.Indicatori.Should().Equal(before.Indicatori);

        // A round opened now holds only the plan: no C07, no obiettivi of the retired programma 1.11.
        var nuova = await client.GetDocumentAsync("/rilevazioni/nuova");
        (await client.SubmitAsync(nuova.QuerySelector<IHtmlFormElement>("#nuova-rilevazione")!,
            new() { ["Data"] = "2020-06-30", ["Titolo"] = "Infrannuale 2020" })).Dispose();
        var dashboard = await client.GetDocumentAsync("/rilevazioni/2020-06-30");
        dashboard.Body!.TextContent.Should().Contain("115 obiettivi", "the dashboard counts the plan without the retired");
        (await client.SubmitAsync(dashboard.QuerySelector<IHtmlFormElement>("form#apri")!, [])).Dispose();

        // An indicator retired after the round opened stays in it; one retired before is not in it.
        var c08 = await app.InDbAsync(db => db.Indicatori.AsNoTracking().OrderBy(i => i.Ordine).FirstAsync(i => i.Obiettivo.Codice == "C08"));
        (await client.ConfermaAsync($"/piano/indicatori/{c08.Id}/ritira")).Dispose();

        var nuovo = await AllegatoAsync(client, "2020-06-30");
        nuovo.Codici.Should().HaveCount(115).And.Contain("C06").And.NotContain(["C07", "C36", "C37"]);
        before.Codici.Should().Contain(["C07", "C36", "C37"]);
        bool Stampa(List<string> righe, string obiettivo, string nome) =>
            righe.Exists(r => r.Contains($"|{obiettivo}|", StringComparison.Ordinal) && r.Contains(nome, StringComparison.Ordinal));
        Stampa(after.Indicatori, "C06", c06.Nome).Should().BeTrue("the 2019 round was opened before the retirement");
        Stampa(nuovo.Indicatori, "C06", c06.Nome).Should().BeFalse("retired before the 2020 round was opened");
        Stampa(nuovo.Indicatori, "C08", c08.Nome).Should().BeTrue("retired after the 2020 round was opened");
    }
}
