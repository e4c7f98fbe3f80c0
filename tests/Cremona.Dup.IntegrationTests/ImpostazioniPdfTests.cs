using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The Allegato 6 PDF prints the ente's name and logo as the Amministratore set them, and is rendered anew.</summary>
[Collection(PdfRenders.Name)]
public sealed class ImpostazioniPdfTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private const string Url = "/report/allegato6.pdf?data=2019-06-30&programma=1.02";

    [Fact]
    public async Task The_cover_and_the_header_carry_the_ente_name_and_the_cover_the_logo()
    {
        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);
        using (var before = await segreteria.GetAsync(new Uri(Url, UriKind.Relative)))
        {
            before.StatusCode.Should().Be(HttpStatusCode.OK);
            var pages = await Poppler.PagesAsync(await before.Content.ReadAsByteArrayAsync());
            pages[0].Should().Contain("COMUNE DI CREMONA");
        }
        using var admin = await app.LoginAsync(TestUsers.Admin);
        using (var saved = await ImpostazioniTests.SaveAsync(admin, new() { ["NomeEnte"] = "Comune di Prova" },
                   (ImpostazioniTests.Png, "stemma.png", "image/png")))
            saved.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var after = await segreteria.GetAsync(new Uri(Url, UriKind.Relative));

        after.StatusCode.Should().Be(HttpStatusCode.OK);
        after.Headers.GetValues("X-Cache").Single().Should().Be("MISS", "the ente's name and logo are part of the cache key");
        var pdf = await after.Content.ReadAsByteArrayAsync();
        var text = await Poppler.PagesAsync(pdf);
        text[0].Should().Contain("COMUNE DI PROVA").And.NotContain("COMUNE DI CREMONA");
        text[1].Should().Contain("Comune di Prova – Segreteria Generale", "the header of every page names the ente");
        var images = (await Poppler.ImagesAsync(pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToList();
        images.Should().Contain("1", "the logo is on the cover");
        (await Poppler.InfoAsync(pdf)).Should().Contain("Comune di Prova – Segreteria Generale");
    }
}
