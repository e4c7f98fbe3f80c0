using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Cremona.Dup.IntegrationTests.Affidabilita;

/// <summary>
/// Issue 8, reliability: an online backup of the live SQLite database (docs/backup.md), taken while people save, restores
/// into a fresh app that finds every text saved before the backup.
/// </summary>
public sealed class BackupRipristinoTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private const string Responsabile = "Di Girolamo Gabriella";

    /// <summary>The app started on a restored data folder (database and data-protection keys copied there).</summary>
    private sealed class RipristinoFactory(string folder) : DupAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["App:DataFolder"] = folder };
    }

    private static IHtmlElement Salva(IDocument page) =>
        page.QuerySelector<IHtmlElement>("form#rilevazione button[name='Azione'][value='salva']")!;

    private static async Task SalvaAsync(HttpClient client, string codice, Dictionary<string, string> values)
    {
        var page = await client.GetDocumentAsync($"/rilevazioni/2019-12-31/obiettivi/{codice}");
        using var response = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#rilevazione")!, values, Salva(page));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"the save of {codice} succeeds");
    }

    [Fact]
    public async Task An_online_backup_taken_while_people_save_restores_every_text_saved_before_it()
    {
        var codici = await app.ConIndicatoriDiAsync(Responsabile);
        codici.Count.Should().BeGreaterThan(3);
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var attesi = new Dictionary<string, Dictionary<string, string>>();
        foreach (var codice in codici.Take(3))
        {
            attesi[codice] = new()
            {
                ["StatoAttuazione"] = $"Stato di attuazione di {codice}: attività svolte al 31/12.\n\n- primo punto\n- perché è così",
                ["AzioniCorrettive"] = $"Azioni correttive di {codice}: più controlli.",
                ["Valori[0].Consuntivo"] = "12,5",
                ["Valori[0].Nota"] = $"Nota del valore di {codice}.",
            };
            await SalvaAsync(client, codice, attesi[codice]);
        }

        // Someone keeps saving another obiettivo while the backup runs.
        using var writer = await app.LoginAsync(TestUsers.Segreteria);
        using var stop = new CancellationTokenSource();
        var saves = 0;
        var writing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await SalvaAsync(writer, codici[3], new() { ["StatoAttuazione"] = $"Salvataggio concorrente n. {saves + 1}" });
                Interlocked.Increment(ref saves);
            }
        });
        while (Volatile.Read(ref saves) < 2) await Task.Delay(20);

        var restored = Path.Combine(Path.GetTempPath(), "cremona-dup-tests", "ripristino-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(restored);
        try
        {
            var duringBackup = Volatile.Read(ref saves);
            using (var source = new SqliteConnection($"Data Source={app.DatabasePath}"))
            using (var target = new SqliteConnection($"Data Source={Path.Combine(restored, "cremona-dup.db")};Pooling=False"))
            {
                source.Open();
                target.Open();
                source.BackupDatabase(target);
            }
            while (Volatile.Read(ref saves) < duringBackup + 2) await Task.Delay(20); // the app kept saving meanwhile
            await stop.CancelAsync();
            await writing;
            CopyFolder(Path.Combine(app.DataFolder, "keys"), Path.Combine(restored, "keys"));

            using var ripristino = new RipristinoFactory(restored);
            using var lettore = await ripristino.LoginAsync(TestUsers.ResponsabileC06);
            foreach (var (codice, values) in attesi)
            {
                var form = await lettore.GetDocumentAsync($"/rilevazioni/2019-12-31/obiettivi/{codice}");
                form.QuerySelector<IHtmlTextAreaElement>("#StatoAttuazione")!.Value.Should().Be(values["StatoAttuazione"]);
                form.QuerySelector<IHtmlTextAreaElement>("#AzioniCorrettive")!.Value.Should().Be(values["AzioniCorrettive"]);
                form.QuerySelector<IHtmlInputElement>("#Valori_0__Consuntivo")!.Value.Should().Be(values["Valori[0].Consuntivo"]);
                form.QuerySelector<IHtmlInputElement>("#Valori_0__Nota")!.Value.Should().Be(values["Valori[0].Nota"]);
                var obiettivo = await lettore.GetDocumentAsync($"/obiettivi/{codice}");
                obiettivo.Body!.TextContent.Should().Contain($"Azioni correttive di {codice}: più controlli.");
            }
            (await ripristino.ItemAsync(RoundState.Aperta, codici[3])).StatoAttuazione.Should().StartWith("Salvataggio concorrente n. ",
                "the backup is a consistent copy that includes a save made before it");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(restored, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
