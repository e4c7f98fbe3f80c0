using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Affidabilita;

/// <summary>
/// Issue 8, reliability: the database goes away while the app runs. Pages answer an Italian error page, /health says
/// 503, and when the database is back pages work again and a save that failed half-way has left nothing behind.
/// </summary>
public sealed class DatabaseNonDisponibileTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private static readonly string[] Pagine =
    [
        "/", "/programmi", "/programmi/1.02", "/obiettivi/C06", "/indicatori", "/rilevazioni/2019-12-31/obiettivi/C06",
        "/report", "/notifiche", "/cerca?q=scuola",
    ];

    // What must never reach a user: exception names, provider messages, stack frames.
    private static readonly string[] Tecnico =
    [
        "Exception", "SQLite", "Sqlite", "database file", "not a database", " at Microsoft.", " at Cremona.", "Stack", "Unhandled",
        "An error occurred", "Internal Server Error", "Service Unavailable",
    ];

    private static async Task DeveEssereErroreItalianoAsync(HttpResponseMessage response, string url)
    {
        ((int)response.StatusCode).Should().BeOneOf([500, 503], $"{url} fails while the database is unavailable");
        var body = await response.Content.ReadAsStringAsync();
        var page = await response.ToDocumentAsync();
        page.DocumentElement.GetAttribute("lang").Should().Be("it", $"{url} answers the Italian error page");
        page.QuerySelector("h1")!.TextContent.Trim().Should().BeOneOf("Servizio non disponibile", "Errore del sistema");
        page.QuerySelector("p.lead")!.TextContent.Should().ContainEquivalentOf("riprovare", "the user is told what to do, in Italian");
        foreach (var word in Tecnico) body.Should().NotContain(word, $"{url} shows no technical detail");
    }

    [Theory]
    [InlineData(GuastoDatabase.Tipo.Irraggiungibile)]
    [InlineData(GuastoDatabase.Tipo.Corrotto)]
    public async Task While_the_database_is_unavailable_pages_answer_in_Italian_and_health_is_503_then_everything_works_again(
        GuastoDatabase.Tipo tipo)
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        using var anonimo = app.CreateBrowserClient();
        var form = await client.GetDocumentAsync("/rilevazioni/2019-12-31/obiettivi/C06");
        (await anonimo.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
        var prima = (await app.ItemAsync(RoundState.Aperta, "C06")).StatoAttuazione;

        using (GuastoDatabase.Inizia(app.DatabasePath, tipo))
        {
            using (var health = await anonimo.GetAsync(new Uri("/health", UriKind.Relative)))
                health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            foreach (var url in Pagine)
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                await DeveEssereErroreItalianoAsync(response, url);
            }
            using var post = await client.SubmitAsync(form.QuerySelector<IHtmlFormElement>("form#rilevazione")!,
                new() { ["StatoAttuazione"] = "Scritto mentre il database non risponde." },
                form.QuerySelector<IHtmlElement>("button[name='Azione'][value='salva']"));
            await DeveEssereErroreItalianoAsync(post, "POST " + form.Url);
        }

        using (var health = await anonimo.GetAsync(new Uri("/health", UriKind.Relative)))
            health.StatusCode.Should().Be(HttpStatusCode.OK, "the database is back");
        foreach (var url in Pagine)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{url} works again without restarting the app");
        }
        (await app.ItemAsync(RoundState.Aperta, "C06")).StatoAttuazione.Should().Be(prima, "the save during the outage wrote nothing");
    }

    [Fact]
    public async Task A_save_that_fails_half_way_leaves_nothing_written_and_the_same_form_saves_when_the_database_is_back()
    {
        var codice = (await app.ConIndicatoriDiAsync("Di Girolamo Gabriella"))[^1];
        var url = $"/rilevazioni/2019-12-31/obiettivi/{codice}";
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>("form#rilevazione")!;
        var salva = page.QuerySelector<IHtmlElement>("button[name='Azione'][value='salva']");
        var prima = await StatoAsync(codice);
        prima.Valori.Should().Be(0, "the test needs an obiettivo with no value yet in the round");
        var valori = new Dictionary<string, string>
        {
            ["StatoAttuazione"] = "Stato scritto prima del guasto: **non** deve restare a metà.",
            ["AzioniCorrettive"] = "Azioni correttive dello stesso salvataggio.",
            ["Valori[0].Consuntivo"] = "42,5",
            ["Valori[0].Nota"] = "Nota del valore.",
        };

        // The disk fails while the save writes the indicator values: after the obiettivo's own row was updated.
        Esegui("""
            CREATE TRIGGER guasto_valori BEFORE INSERT ON ValoriRilevazioni
            BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;
            """);
        app.Commands.Reset();
        try
        {
            using var failed = await client.SubmitAsync(form, valori, salva);
            await DeveEssereErroreItalianoAsync(failed, "POST " + url);
        }
        finally
        {
            Esegui("DROP TRIGGER guasto_valori;");
        }

        var sql = string.Join("\n", app.Commands.Texts);
        sql.Should().Contain("UPDATE \"RilevazioniObiettivi\"").And.Contain("INSERT INTO \"ValoriRilevazioni\"");
        sql.IndexOf("UPDATE \"RilevazioniObiettivi\"", StringComparison.Ordinal).Should()
            .BeLessThan(sql.IndexOf("INSERT INTO \"ValoriRilevazioni\"", StringComparison.Ordinal),
                "the failure came in the middle of the save, after its first write");
        (await StatoAsync(codice)).Should().Be(prima, "the texts, the values, the indicator's consuntivo and the audit are all or nothing");

        // Nothing was half-written, so the form the user still has is not even stale: the same submission now saves.
        using var retried = await client.SubmitAsync(form, valori, salva);
        retried.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var dopo = await StatoAsync(codice);
        dopo.StatoAttuazione.Should().Be(valori["StatoAttuazione"]);
        dopo.AzioniCorrettive.Should().Be(valori["AzioniCorrettive"]);
        dopo.Valori.Should().Be(1);
        dopo.Audit.Should().BeGreaterThan(prima.Audit);
    }

    private sealed record Stato(string? StatoAttuazione, string? AzioniCorrettive, Guid Version, int Valori, string Consuntivi, int Audit);

    private async Task<Stato> StatoAsync(string codice)
    {
        var item = await app.ItemAsync(RoundState.Aperta, codice);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = await db.Set<Cremona.Dup.Web.Domain.AuditEntry>().CountAsync(a => a.ObiettivoOperativoId == item.ObiettivoOperativoId);
        var consuntivi = string.Join(";", item.Obiettivo.Indicatori.SelectMany(i => i.Valori.Select(v => $"{i.Id}:{v.Anno}:{v.Consuntivo}")));
        return new(item.StatoAttuazione, item.AzioniCorrettive, item.Version, item.Valori.Count, consuntivi, audit);
    }

    private void Esegui(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
