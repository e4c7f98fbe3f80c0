using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cremona.Dup.IntegrationTests.Infrastructure.Importazioni;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// A plan with retired parts (a programma retired with its obiettivi left active, a retired obiettivo strategico still
/// linked): the template leaves them out and uploading it unchanged still changes nothing.
/// </summary>
public sealed class ImportazionePianoRitiratoTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    [Fact]
    public async Task The_template_of_a_plan_with_retired_parts_round_trips_without_changes()
    {
        string strategico;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Programmi.SingleAsync(p => p.Codice == "1.02")).Ritira();
            var obiettivo = await db.ObiettiviOperativi.Include(o => o.ObiettivoStrategico)
                .Where(o => o.Programma.Codice != "1.02" && o.ObiettivoStrategico != null).OrderBy(o => o.Id).FirstAsync();
            strategico = obiettivo.ObiettivoStrategico!.Codice;
            obiettivo.ObiettivoStrategico.Ritira();
            await db.SaveChangesAsync();
        }
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var before = await app.StatoAsync();

        var modello = await client.ModelloAsync(2020);

        var righe = Cremona.Dup.Web.Features.Importazione.LettoreXlsx.Leggi(modello).Fogli;
        righe["Programmi"].Righe.Should().NotContain(r => r.Celle[0].Testo == "1.02");
        righe["Obiettivi operativi"].Righe.Should().NotContain(r => r.Celle[0].Testo == "C06", "C06 belongs to a retired programma");
        righe["Obiettivi strategici"].Righe.Should().NotContain(r => r.Celle[0].Testo == strategico);
        var page = await client.AnteprimaAsync(modello);
        Errori(page).Should().BeEmpty();
        Conteggi(page).Should().Be((0, 0, 0, 0));
        (await app.StatoAsync()).Should().Be(before);

        // The retired programma written back in the file is restored, with its obiettivi, and the history says so.
        var modificato = new ModelloModificabile(modello);
        string nome;
        using (var scope = app.Services.CreateScope())
            nome = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Programmi.SingleAsync(p => p.Codice == "1.02")).Nome;
        modificato.Aggiungi("Programmi", new() { ["Codice"] = "1.02", ["Missione"] = 1m, ["Nome"] = nome });
        var ripristino = await client.AnteprimaAsync(modificato.Salva(), "ripristino.xlsx");
        Conteggi(ripristino).Should().Be((0, 1, 0, 0));
        ripristino.QuerySelector("#modifiche tr[data-chiave='1.02']")!.TextContent.Should().Contain("ripristinato");

        using var applied = await client.SubmitAsync(ripristino.QuerySelector<IHtmlFormElement>("form#applica")!, []);

        applied.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var programma = await db.Programmi.SingleAsync(p => p.Codice == "1.02");
            programma.Ritirato.Should().BeFalse();
            (await db.Audit.AnyAsync(a => a.Entita == "Programma" && a.EntitaId == programma.Id && a.Campo == "Ritirato"
                && a.ValoreNuovo == "False" && a.Nota == "Importazione del piano da Excel (ripristino.xlsx)")).Should().BeTrue();
        }
        var dopo = new ModelloModificabile(await client.ModelloAsync(2020));
        dopo.Riga("Obiettivi operativi", "Codice", "C06").Should().BeGreaterThan(1, "the obiettivi of 1.02 are back in the plan");
    }
}
