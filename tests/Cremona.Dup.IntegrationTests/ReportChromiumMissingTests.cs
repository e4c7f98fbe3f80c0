using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The app with Pdf:ChromiumPath pointing at nothing: a clear Italian 503 for the PDF, everything else works.</summary>
public sealed class ReportChromiumMissingTests(ReportChromiumMissingTests.NoChromiumFactory app)
    : IClassFixture<ReportChromiumMissingTests.NoChromiumFactory>
{
    public sealed class NoChromiumFactory : DupAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Pdf:ChromiumPath", "/nonexistent/chromium");
        }
    }

    [Fact]
    public async Task The_pdf_is_a_503_with_an_Italian_message_and_the_app_keeps_working()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);

        using var response = await client.GetAsync(new Uri("/report/allegato6.pdf?data=2019-06-30", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("h1")!.TextContent.Should().Be("Stampa del PDF non disponibile");
        page.QuerySelector("[data-messaggio]")!.TextContent.Should().Contain("Chromium").And.Contain("non è installato")
            .And.Contain("L'Excel resta disponibile");

        using var again = await client.GetAsync(new Uri("/report/allegato6.pdf?data=2019-06-30&missione=1", UriKind.Relative));
        again.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "a missing engine is reported every time, never a 500");
        using var excel = await client.GetAsync(new Uri("/report/allegato6.xlsx?data=2019-06-30", UriKind.Relative));
        excel.StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/report", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(new Uri("/programmi", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
