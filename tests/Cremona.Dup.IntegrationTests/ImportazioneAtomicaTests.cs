using System.Data.Common;
using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Features.Importazione;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static Cremona.Dup.IntegrationTests.Infrastructure.Importazioni;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// Applying is all or nothing: a database failure halfway through the save (forced on the INSERT of the new indicator,
/// after the obiettivo, the responsabile and the changes have been written in the transaction) leaves the plan as it was.
/// </summary>
public sealed class ImportazioneAtomicaTests(FaultyAppFactory app) : IClassFixture<FaultyAppFactory>
{
    [Fact]
    public async Task A_failure_halfway_through_applying_leaves_nothing_written()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var before = await app.StatoAsync();
        var modello = new ModelloModificabile(await client.ModelloAsync(2020));
        modello.Imposta("Obiettivi operativi", modello.Riga("Obiettivi operativi", "Codice", "C06"), "Nome", "Nome che non deve restare");
        modello.Aggiungi("Obiettivi operativi", new()
        {
            ["Codice"] = "C9301",
            ["Programma"] = "1.02",
            ["Nome"] = "Obiettivo che non deve restare",
            ["Responsabile gestionale"] = "Responsabile Che Non Deve Restare",
        });
        modello.Aggiungi("Indicatori", new() { ["Obiettivo operativo"] = "C9301", ["Nome"] = "Indicatore", ["Primo anno"] = 2020m, ["Ultimo anno"] = 2020m });
        modello.Elimina("Indicatori", modello.Riga("Indicatori", "Obiettivo operativo", "C07", "N.", 1m));
        var page = await client.AnteprimaAsync(modello.Salva());
        Conteggi(page).Should().Be((2, 1, 1, 1));

        app.Fault.Armed = true;
        using var response = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#applica")!, []);

        app.Fault.Armed.Should().BeFalse("the fault fired");
        app.Fault.WritesBefore.Should().BeGreaterThan(0, "other rows had been written in the transaction before the failure");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await client.FollowAsync(response);
        after.QuerySelector(".alert-danger")!.TextContent.Should().Contain(ApplicaImportazione.ErroreSalvataggio);
        (await app.StatoAsync()).Should().Be(before);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.ObiettiviOperativi.SingleAsync(o => o.Codice == "C06")).Nome.Should().NotBe("Nome che non deve restare");
            (await db.Responsabili.AnyAsync(r => r.Nome == "Responsabile Che Non Deve Restare")).Should().BeFalse();
        }

        // Nothing was lost either: the same upload applies once the database works again.
        var retry = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        using var applied = await client.SubmitAsync(retry.QuerySelector<IHtmlFormElement>("form#applica")!, []);
        applied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        applied.Headers.Location!.OriginalString.Should().EndWith("/esito");
        (await app.StatoAsync()).Operativi.Should().Be(before.Operativi + 1);
    }
}

/// <summary>The app with a database fault that a test can arm.</summary>
public sealed class FaultyAppFactory : DupAppFactory
{
    public InsertFault Fault { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Fault)));
    }
}

/// <summary>Fails the first INSERT into Indicatori while armed, and counts the commands that ran before it.</summary>
public sealed class InsertFault : DbCommandInterceptor
{
    public bool Armed { get; set; }

    public int WritesBefore { get; private set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Armed)
        {
            if (command.CommandText.Contains("INSERT INTO \"Indicatori\"", StringComparison.Ordinal))
            {
                Armed = false;
                throw new SqliteException("Guasto simulato durante l'importazione", 19);
            }
            if (command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal) || command.CommandText.Contains("UPDATE", StringComparison.Ordinal))
                WritesBefore++;
        }
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
