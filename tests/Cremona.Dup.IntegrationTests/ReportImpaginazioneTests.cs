using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Features.Report;
using Cremona.Dup.Web.Infrastructure.Impostazioni;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// The Allegato 6 prints at the sizes of its stylesheet and in one pass: nothing in the print view is wider than the
/// printable width of an A4 page (Chromium would otherwise shrink every page to fit the widest element), and the
/// index printed with the page numbers takes as many pages as with the placeholders (no third printing of the index).
/// </summary>
[Collection(PdfRenders.Name)]
public sealed class ReportImpaginazioneTests(ReportAppFactory app) : IClassFixture<ReportAppFactory>
{
    // A4 (210 mm) less the body's margins (18 mm each side, ChromiumPdfRenderer), in CSS pixels (96 per inch).
    private const int PrintableWidthPx = (int)((210 - 2 * 18) / 25.4 * 96);

    [Fact]
    public async Task Nothing_in_the_print_view_is_wider_than_the_printable_width()
    {
        var html = await PrintViewAsync();
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = app.Services.GetRequiredService<IOptions<Web.Infrastructure.Pdf.PdfOptions>>().Value.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = PrintableWidthPx, Height = 1000 });
        await page.EmulateMediaTypeAsync(MediaType.Print);
        await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 120_000 });

        var width = await page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth");
        var overflowing = await page.EvaluateExpressionAsync<string[]>("""
            [...document.querySelectorAll('body *')]
              .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
              .slice(0, 10)
              .map(e => `${e.tagName}.${e.className} ${e.clientWidth}px < ${e.scrollWidth}px: ${e.textContent.trim().slice(0, 60)}`)
            """);

        overflowing.Should().BeEmpty("a long word or number in a table cell must wrap, not widen the page");
        width.Should().BeLessThanOrEqualTo(PrintableWidthPx, "Chromium shrinks every page when the content is wider than the page");
    }

    [Fact]
    public async Task The_index_printed_with_its_numbers_keeps_the_page_count_of_its_placeholders()
    {
        var pdf = await app.DownloadAsync(TestUsers.Segreteria, "/report/allegato6.pdf?data=2019-06-30");
        pdf.Status.Should().Be(System.Net.HttpStatusCode.OK);

        var logs = Directory.GetFiles(Path.Combine(app.DataFolder, "logs"), "*.log")
            .Select(file =>
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            })
            .ToList();
        logs.Should().NotBeEmpty("warnings are written to the log files");
        logs.Should().NotContain(text => text.Contains("è ristampato", StringComparison.Ordinal),
            "the numbers take the placeholders' width, or the index is printed a third time");
    }

    /// <summary>The body's print view of the full report, as <see cref="Allegato6Pdf"/> renders it before printing.</summary>
    private async Task<string> PrintViewAsync()
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var queries = services.GetRequiredService<Allegato6Queries>();
        var stamp = await queries.StampAsync(new DateOnly(2019, 6, 30), null, null, CancellationToken.None);
        stamp.Should().NotBeNull();
        var report = await queries.CaricaAsync(stamp!.Rilevazione, new Allegato6Filtro(new DateOnly(2019, 6, 30), null, null),
            Allegato6Scope.Tutto, CancellationToken.None);
        var context = new ActionContext(new DefaultHttpContext { RequestServices = services }, new RouteData(), new ActionDescriptor());
        return await services.GetRequiredService<RazorViewToStringRenderer>().RenderAsync(context, Allegato6Pdf.View,
            new Allegato6PrintModel(report, Allegato6Parte.Tutto, null, services.GetRequiredService<Allegato6PrintAssets>().Css, null,
                services.GetRequiredService<ImpostazioniCorrenti>().Corrente.NomeEnte));
    }
}
