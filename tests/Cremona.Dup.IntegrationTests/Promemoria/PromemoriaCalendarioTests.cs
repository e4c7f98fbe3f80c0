using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Seeding;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Promemoria;

/// <summary>The reminders of the demo round along its calendar, from the day before the deadline to a week after.</summary>
public sealed class PromemoriaCalendarioTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private static readonly TimeOnly Morning = new(8, 0);

    [Fact]
    public async Task Reminders_follow_the_rules_and_stop_for_whoever_has_sent_everything()
    {
        var scadenza = await app.ScadenzaAsync();

        // The service was down a week before: the day before the deadline only prima-2 goes out, prima-7 is recorded.
        (await app.RunRemindersAsync(Reminders.Clock(scadenza, -1, Morning))).Should().Be(14);
        (await RegoleAsync("Sforza Pierluigi")).Should().BeEquivalentTo("prima-2", "prima-7");
        (await EmailsAsync("sforza.pierluigi")).Select(e => e.Oggetto).Should().ContainSingle()
            .Which.Should().EndWith("(domani)");
        (await app.RunRemindersAsync(Reminders.Clock(scadenza, 0, Morning))).Should().Be(0, "no prima rule is left");

        // Sforza Pierluigi sends all three obiettivi; Vescovi Mario sends two of three.
        await InviaAsync("Sforza Pierluigi", count: 3);
        var rimasto = await InviaAsync("Vescovi Mario", count: 2);

        (await app.RunRemindersAsync(Reminders.Clock(scadenza, 1, Morning))).Should().Be(13, "everyone but Sforza Pierluigi");
        (await RegoleAsync("Sforza Pierluigi")).Should().BeEquivalentTo("prima-2", "prima-7");
        (await RegoleAsync("Vescovi Mario")).Should().Contain("dopo-1");
        var vescovi = (await EmailsAsync("vescovi.mario")).Last();
        vescovi.Oggetto.Should().StartWith("Sollecito: rilevazione «Annuale 2019» scaduta il").And.EndWith("(1 giorno fa)");
        vescovi.Testo.Should().Contain("Risulta ancora da completare 1 obiettivo operativo")
            .And.Contain($"(/rilevazioni/2019-12-31/obiettivi/{rimasto})")
            .And.Contain("avvisare la Segreteria Generale");
        (await app.RunRemindersAsync(Reminders.Clock(scadenza, 6, Morning))).Should().Be(0, "dopo-7 is not due yet");

        // Segreteria returns one of Sforza's obiettivi: work to do again, so the next rule reaches him too.
        var restituito = await RestituisciAsync("Sforza Pierluigi");
        (await app.RunRemindersAsync(Reminders.Clock(scadenza, 8, Morning))).Should().Be(14);
        (await RegoleAsync("Sforza Pierluigi")).Should().BeEquivalentTo("prima-2", "prima-7", "dopo-1", "dopo-7");
        var sforza = (await EmailsAsync("sforza.pierluigi")).Last();
        sforza.Oggetto.Should().EndWith("(8 giorni fa)");
        sforza.Testo.Should().Contain($"obiettivi/{restituito}) – restituito dalla Segreteria");
        (await EmailsAsync("sforza.pierluigi")).Should().HaveCount(2, "dopo-1 was skipped while he had nothing to do");

        (await app.RunRemindersAsync(Reminders.Clock(scadenza, 30, Morning))).Should().Be(0, "every rule has gone out");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.EmailInUscita.CountAsync()).Should().Be(14 + 13 + 14);
    }

    private async Task<List<string>> RegoleAsync(string responsabile)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Responsabili.Where(r => r.Nome == responsabile).Select(r => r.Id).SingleAsync();
        return await db.SollecitiInviati.Where(s => s.ResponsabileId == id).Select(s => s.Regola).ToListAsync();
    }

    private async Task<List<EmailInUscita>> EmailsAsync(string userName)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.EmailInUscita.AsNoTracking().Where(e => e.Destinatario == userName + "@cremona.example")
            .OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The responsabile writes and sends <paramref name="count"/> of their obiettivi; returns the code of the first left.</summary>
    private async Task<string?> InviaAsync(string responsabile, int count)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var items = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
            .Where(r => r.Rilevazione.Data == DemoSeeder.OpenRoundDate && r.Obiettivo.ResponsabileGestionale.Nome == responsabile)
            .OrderBy(r => r.Obiettivo.Codice).ToListAsync();
        foreach (var item in items.Take(count))
        {
            item.Update("Attività svolte nel secondo semestre.", null);
            item.Invia(DateTime.UtcNow, responsabile);
        }
        await db.SaveChangesAsync();
        return items.Skip(count).Select(i => i.Obiettivo.Codice).FirstOrDefault();
    }

    private async Task<string> RestituisciAsync(string responsabile)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
            .Where(r => r.Rilevazione.Data == DemoSeeder.OpenRoundDate && r.Obiettivo.ResponsabileGestionale.Nome == responsabile)
            .OrderBy(r => r.Obiettivo.Codice).FirstAsync();
        item.Restituisci("Indicare anche i valori degli indicatori.");
        await db.SaveChangesAsync();
        return item.Obiettivo.Codice;
    }
}
