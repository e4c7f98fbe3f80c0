using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The "Stampa Allegato 6" page, access to the report and its parameters (never a 500, nothing changed).</summary>
public sealed class ReportPageTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    [Fact]
    public async Task Segreteria_sees_rounds_filters_and_counts_of_the_full_report()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/report");

        page.QuerySelector("h1")!.TextContent.Should().Be("Stampa Allegato 6");
        page.QuerySelector("a.nav-link.active[href='/report']")!.TextContent.Should().Be("Stampa Allegato 6");
        var rounds = page.QuerySelectorAll("#data option").Cast<IHtmlOptionElement>().ToList();
        rounds.Select(o => o.Value).Should().Equal("2019-12-31", "2019-06-30");
        rounds.Single(o => o.IsSelected).Value.Should().Be("2019-06-30", "the closed round is printed by default");
        page.QuerySelectorAll("#missione option").Should().HaveCount(1 + 15);
        page.QuerySelectorAll("#programma option").Should().HaveCount(1 + 40);
        Count(page, "programmi").Should().Be(40);
        Count(page, "obiettivi").Should().Be(118);
        Count(page, "indicatori").Should().Be(144);
        page.QuerySelector("#scarica-pdf")!.GetAttribute("href").Should().Be("/report/allegato6.pdf?data=2019-06-30");
        page.QuerySelector("#scarica-pdf")!.GetAttribute("data-download-progress").Should().Be("#progresso-pdf");
        page.QuerySelector("#scarica-excel")!.GetAttribute("href").Should().Be("/report/allegato6.xlsx?data=2019-06-30");
        page.QuerySelector("script[src^='/js/report.js']").Should().NotBeNull();
    }

    [Fact]
    public async Task The_filter_form_narrows_the_counts_and_the_links()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var page = await client.GetDocumentAsync("/report");
        var form = page.QuerySelector<IHtmlFormElement>("#filtri")!;
        var filled = form.SetValues(new Dictionary<string, string> { ["data"] = "2019-12-31", ["missione"] = "1", ["programma"] = "1.02" });
        var url = new Uri(filled.GetSubmission()!.Target.Href).PathAndQuery;

        var filtered = await client.GetDocumentAsync(url);
        Count(filtered, "programmi").Should().Be(1);
        Count(filtered, "obiettivi").Should().BeGreaterThan(0).And.BeLessThan(118);
        filtered.QuerySelector("#scarica-pdf")!.GetAttribute("href").Should().Be("/report/allegato6.pdf?data=2019-12-31&missione=1&programma=1.02");
        filtered.QuerySelector("main")!.TextContent.Should().Contain("BOZZA", "the open round prints as a draft");
        filtered.QuerySelector<IHtmlSelectElement>("#programma")!.Value.Should().Be("1.02", "the choice is kept");
    }

    [Fact]
    public async Task A_responsabile_counts_only_their_obiettivi_and_nothing_of_others()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var page = await client.GetDocumentAsync("/report");
        Count(page, "obiettivi").Should().Be(16);
        page.QuerySelector(".alert-info")!.TextContent.Should().Contain("solo gli obiettivi operativi di cui sei responsabile");

        var altrui = await client.GetDocumentAsync("/report?data=2019-06-30&programma=3.01");
        Count(altrui, "obiettivi").Should().Be(0);
        altrui.QuerySelector(".alert-warning")!.TextContent.Should().Contain("Nessun obiettivo operativo");
    }

    [Theory]
    [InlineData("/report")]
    [InlineData("/report/allegato6.pdf?data=2019-06-30")]
    [InlineData("/report/allegato6.xlsx?data=2019-06-30")]
    public async Task Anonymous_users_are_sent_to_the_login(string url)
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
    }

    [Theory]
    [InlineData("/report/allegato6.pdf?data=30-06-2019", HttpStatusCode.BadRequest, "non è valida")]
    [InlineData("/report/allegato6.pdf?data=2019-02-30", HttpStatusCode.BadRequest, "aaaa-mm-gg")]
    [InlineData("/report/allegato6.xlsx?data=2019-06-30&missione=uno", HttpStatusCode.BadRequest, "La missione \"uno\" non è valida")]
    [InlineData("/report/allegato6.xlsx?data=2019-06-30&programma=1.2", HttpStatusCode.BadRequest, "Il programma \"1.2\" non è valido")]
    [InlineData("/report/allegato6.xlsx?data=2019-06-30&programma=1.02%27%3B--", HttpStatusCode.BadRequest, "non è valido")]
    [InlineData("/report/allegato6.xlsx?data=2019-06-30&missione=3&programma=1.02", HttpStatusCode.BadRequest, "appartiene alla missione 1")]
    [InlineData("/report/allegato6.pdf?data=2018-06-30", HttpStatusCode.NotFound, "Non esiste una rilevazione al 30/06/2018")]
    [InlineData("/report/allegato6.pdf?data=2019-06-30&missione=99", HttpStatusCode.NotFound, "La missione 99 non esiste")]
    [InlineData("/report/allegato6.xlsx?data=2019-06-30&programma=9.99", HttpStatusCode.NotFound, "Il programma 9.99 non esiste")]
    [InlineData("/report?data=domani", HttpStatusCode.BadRequest, "non è valida")]
    [InlineData("/report?data=2019-06-30&missione=42", HttpStatusCode.NotFound, "La missione 42 non esiste")]
    public async Task Bad_parameters_get_an_Italian_400_or_404_and_change_nothing(string url, HttpStatusCode status, string message)
    {
        var audit = await AuditCountAsync();
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(status);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("[data-messaggio]")!.TextContent.Should().Contain(message);
        (await AuditCountAsync()).Should().Be(audit);
    }

    private async Task<int> AuditCountAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Audit.CountAsync();
    }

    private static int Count(IDocument page, string what) =>
        int.Parse(page.QuerySelector($"[data-conteggio='{what}']")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
}
