using System.Diagnostics;
using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Infrastructure.Pdf;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Affidabilita;

/// <summary>
/// Issue 8, reliability: Chromium dies in the middle of an Allegato 6 render. That request gets a clear Italian error in
/// bounded time, and the next request launches a new browser and gets a valid PDF.
/// </summary>
[Collection(PdfRenders.Name)]
public sealed class ChromiumInterrottoTests(ChromiumInterrottoTests.Factory app) : IClassFixture<ChromiumInterrottoTests.Factory>
{
    private const string Url = "/report/allegato6.pdf?data=2019-06-30";

    public sealed class Factory : DupAppFactory
    {
        // No cache: the second request must really render; the timeout is long, so that only the crash can end the first.
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Report:CacheEnabled"] = "false",
            ["Pdf:TimeoutSeconds"] = "540",
        };
    }

    [Fact]
    public async Task Chromium_killed_while_printing_gives_an_Italian_error_quickly_and_the_next_request_gets_a_valid_PDF()
    {
        var renderer = (ChromiumPdfRenderer)app.Services.GetRequiredService<IPdfRenderer>();
        using var client = app.CreateBrowserClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        (await client.LoginAsync(TestUsers.Segreteria, TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var clock = Stopwatch.StartNew();
        var first = client.GetAsync(new Uri(Url, UriKind.Relative));
        int? pid = null;
        while (pid is null && !first.IsCompleted && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            pid = renderer.BrowserProcessId;
            await Task.Delay(50);
        }
        pid.Should().NotBeNull("the render launched Chromium");
        await Task.Delay(1500); // Chromium is now loading or printing the 200-page body
        first.IsCompleted.Should().BeFalse("the kill must happen in the middle of the render");
        using (var chromium = Process.GetProcessById(pid!.Value))
            chromium.Kill(entireProcessTree: true);
        var killedAt = clock.Elapsed;

        using var failed = await first;
        (clock.Elapsed - killedAt).Should().BeLessThan(TimeSpan.FromSeconds(30), "the request is not left hanging until the timeout");
        failed.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var page = await failed.ToDocumentAsync();
        page.DocumentElement.GetAttribute("lang").Should().Be("it");
        page.QuerySelector("main, body")!.TextContent.Should().Contain("Il motore di stampa dei PDF si è interrotto")
            .And.NotContain("Exception").And.NotContain("Target closed");

        using var next = await client.GetAsync(new Uri(Url, UriKind.Relative));
        next.StatusCode.Should().Be(HttpStatusCode.OK, "a new Chromium is launched for the next request");
        var pdf = await next.Content.ReadAsByteArrayAsync();
        pdf.AsSpan(0, 5).ToArray().Should().Equal("%PDF-"u8.ToArray());
        var pages = await Poppler.PagesAsync(pdf);
        pages.Count.Should().BeGreaterThan(100, "the whole Allegato 6 is printed");
        string.Join("\n", pages).Should().Contain("Pagina 2 di");
        renderer.BrowserProcessId.Should().NotBeNull().And.NotBe(pid, "the browser was relaunched");
    }
}
