using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using static Cremona.Dup.IntegrationTests.Infrastructure.Importazioni;

namespace Cremona.Dup.IntegrationTests;

/// <summary>Only Segreteria imports the plan: every page and action is 403 for everybody else and changes nothing.</summary>
public sealed class ImportazioneAutorizzazioneTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private static readonly string[] Altri = [TestUsers.Controllo, TestUsers.ResponsabileC06, TestUsers.Admin];

    /// <summary>An upload of Segreteria, so that the preview and outcome addresses exist.</summary>
    private async Task<string> CaricamentoAsync()
    {
        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);
        var page = await segreteria.AnteprimaAsync(await segreteria.ModelloAsync(2020));
        return page.Url.Split('/')[^1];
    }

    [Fact]
    public async Task Pages_are_403_for_everybody_but_Segreteria_and_a_login_for_anonymous()
    {
        var id = await CaricamentoAsync();
        string[] urls = ["/piano/modello.xlsx", "/piano/modello.xlsx?anno=2020", "/piano/importa", $"/piano/importa/{id}", $"/piano/importa/{id}/esito"];
        foreach (var url in urls)
        {
            foreach (var user in Altri)
            {
                using var client = await app.LoginAsync(user);
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{user} on {url}");
            }
            using var anonymous = app.CreateBrowserClient();
            using var redirect = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            redirect.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
            redirect.Headers.Location!.OriginalString.Should().Contain("/Account/Login?ReturnUrl=");
        }

        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);
        foreach (var url in urls[..4])
        {
            using var response = await segreteria.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        }
    }

    [Fact]
    public async Task Uploading_and_applying_are_403_for_everybody_but_Segreteria_and_change_nothing()
    {
        var id = await CaricamentoAsync();
        var before = await app.StatoAsync();
        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);
        var modello = new ModelloModificabile(await segreteria.ModelloAsync(2020));
        modello.Imposta("Obiettivi operativi", modello.Riga("Obiettivi operativi", "Codice", "C06"), "Nome", "Cambiato da chi non può");
        var file = modello.Salva();

        foreach (var user in Altri)
        {
            using var client = await app.LoginAsync(user);
            var home = await client.GetDocumentAsync("/");
            using var upload = await client.PostWithTokenAsync(home, "/piano/importa", [new("File", "x")]);
            upload.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{user} uploading");
            using var apply = await client.PostWithTokenAsync(home, "/piano/importa/applica", [new("id", id), new("impronta", before.Impronta)]);
            apply.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{user} applying");
        }

        using var anonymous = app.CreateBrowserClient();
        var login = await anonymous.GetDocumentAsync("/Account/Login");
        foreach (var url in new[] { "/piano/importa", "/piano/importa/applica" })
        {
            using var redirect = await anonymous.PostWithTokenAsync(login, url, [new("id", id), new("impronta", before.Impronta)]);
            redirect.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
            redirect.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
        }

        (await app.StatoAsync()).Should().Be(before, "nothing changes");

        // The same file by Segreteria does change the plan: the refusals above were about the user, not the file.
        var page = await segreteria.AnteprimaAsync(file);
        using var applied = await segreteria.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#applica")!, []);
        applied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.StatoAsync()).Impronta.Should().NotBe(before.Impronta);
    }
}
