using System.Net;
using System.Net.Http.Headers;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Features.Importazione;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>Downloads the template, uploads files through the page's own multipart form, and reads the plan's state.</summary>
public static class Importazioni
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> ModelloAsync(this HttpClient client, int? anno = null)
    {
        using var response = await client.GetAsync(new Uri("/piano/modello.xlsx" + (anno is { } a ? $"?anno={a}" : ""), UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(Xlsx);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Posts the upload form of /piano/importa (its antiforgery token and its file field) with a multipart body.</summary>
    public static async Task<HttpResponseMessage> CaricaAsync(this HttpClient client, byte[] contenuto, string nomeFile = "piano.xlsx")
    {
        var page = await client.GetDocumentAsync("/piano/importa");
        var form = page.QuerySelector<IHtmlFormElement>("form#importa")!;
        form.Enctype.Should().Be("multipart/form-data");
        form.QuerySelector<IHtmlInputElement>("input[type=file]")!.Name.Should().Be("File");
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(contenuto);
        file.Headers.ContentType = new MediaTypeHeaderValue(Xlsx);
        content.Add(file, "File", nomeFile);
        return await client.PostAsync(new Uri(form.Action, UriKind.RelativeOrAbsolute), content);
    }

    /// <summary>Uploads and follows the redirect to the preview page.</summary>
    public static async Task<IDocument> AnteprimaAsync(this HttpClient client, byte[] contenuto, string nomeFile = "piano.xlsx")
    {
        using var response = await client.CaricaAsync(contenuto, nomeFile);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "a readable workbook goes to its preview");
        response.Headers.Location!.OriginalString.Should().MatchRegex("^/piano/importa/[0-9a-f-]{36}$");
        return await client.GetDocumentAsync(response.Headers.Location.OriginalString);
    }

    public static (int Aggiunte, int Modifiche, int Ritiri, int Responsabili) Conteggi(IDocument page) => (
        int.Parse(page.QuerySelector("#conteggio-aggiunte")!.TextContent, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(page.QuerySelector("#conteggio-modifiche")!.TextContent, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(page.QuerySelector("#conteggio-ritiri")!.TextContent, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(page.QuerySelector("#conteggio-responsabili")!.TextContent, System.Globalization.CultureInfo.InvariantCulture));

    public static IReadOnlyList<string> Errori(IDocument page) =>
        page.QuerySelectorAll("#errori-importazione li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>Everything an import could change: the plan's fingerprint, row counts and the audit rows.</summary>
    public sealed record StatoPiano(string Impronta, int Missioni, int Programmi, int Strategici, int Operativi, int Indicatori,
        int Responsabili, int Definizioni, int Audit);

    public static async Task<StatoPiano> StatoAsync(this DupAppFactory app, int anno = 2020)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var attuale = await scope.ServiceProvider.GetRequiredService<ImportazioneQueries>().AttualeAsync(anno, CancellationToken.None);
        return new StatoPiano(attuale.Impronta, await db.Missioni.CountAsync(), await db.Programmi.CountAsync(),
            await db.ObiettiviStrategici.CountAsync(), await db.ObiettiviOperativi.CountAsync(), await db.Indicatori.CountAsync(),
            await db.Responsabili.CountAsync(), await db.Definizioni.CountAsync(), await db.Audit.CountAsync());
    }
}
