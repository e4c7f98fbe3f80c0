using System.Text.RegularExpressions;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Promemoria;

public sealed partial class PromemoriaTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    [Fact]
    public async Task A_week_before_the_deadline_each_responsabile_with_work_to_do_gets_one_reminder_once()
    {
        var scadenza = await app.ScadenzaAsync();
        await AddRoundInPreparazioneAsync(scadenza); // same deadline, not open yet: it must not count

        // 21:30 UTC is still the 8th day before in Rome (22:30 or 23:30): nothing is due yet.
        (await app.RunRemindersAsync(Reminders.Clock(scadenza, -8, new TimeOnly(21, 30)))).Should().Be(0);
        // 23:30 UTC is already the 7th day before in Rome (00:30 or 01:30): "today" is Rome's day, not UTC's.
        var clock = Reminders.Clock(scadenza, -8, new TimeOnly(23, 30));
        (await app.RunRemindersAsync(clock)).Should().Be(14);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var solleciti = await db.SollecitiInviati.AsNoTracking().ToListAsync();
            solleciti.Should().HaveCount(14).And.OnlyContain(s => s.Regola == "prima-7");
            solleciti.Select(s => s.ResponsabileId).Should().OnlyHaveUniqueItems();
            solleciti.Should().OnlyContain(s => s.InviatoAtUtc == clock.GetUtcNow().UtcDateTime && s.Destinatario!.EndsWith("@cremona.example"));

            var emails = await db.EmailInUscita.AsNoTracking().ToListAsync();
            emails.Should().HaveCount(14);
            emails.Select(e => e.Destinatario).Should().OnlyHaveUniqueItems();
            (await db.Notifiche.CountAsync()).Should().Be(14, "one account per responsabile");

            var mail = emails.Single(e => e.Destinatario == "di.girolamo.gabriella@cremona.example");
            mail.NomeDestinatario.Should().Be("Di Girolamo Gabriella");
            mail.Oggetto.Should().Be($"Promemoria: rilevazione «Annuale 2019» in scadenza il {Formats.Data(scadenza)} (tra 7 giorni)");
            mail.Testo.Should().StartWith("Gentile Di Girolamo Gabriella,")
                .And.Contain($"scade il **{Formats.Data(scadenza)}**: mancano 7 giorni.")
                .And.Contain("Risultano ancora da completare 16 obiettivi operativi")
                .And.Contain("- [C06 – REPERIRE RISORSE A SOSTEGNO DEI PROGETTI DELL'ENTE](/rilevazioni/2019-12-31/obiettivi/C06) – da compilare")
                .And.Contain("(/rilevazioni/2019-12-31/obiettivi/C07)");
            FormLinks().Matches(mail.Testo).Should().HaveCount(16);
        }

        // Again, with the same clock and later the same day, each time with a new runner as after a restart.
        (await app.RunRemindersAsync(clock)).Should().Be(0);
        (await app.RunRemindersAsync(Reminders.Clock(scadenza, -7, new TimeOnly(15, 0)))).Should().Be(0);
        (await app.RunRemindersAsync(Reminders.Clock(scadenza, -5, new TimeOnly(9, 0)))).Should().Be(0, "prima-2 is not due yet");
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.SollecitiInviati.CountAsync()).Should().Be(14);
            (await db.EmailInUscita.CountAsync()).Should().Be(14);
            (await db.Notifiche.CountAsync()).Should().Be(14);
        }

        // The responsabile finds it among their notifications, with a link to each form.
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var page = await client.GetDocumentAsync("/notifiche");
        var item = page.QuerySelector("li.notifica")!;
        item.QuerySelector("h2")!.TextContent.Should().Contain("Nuova").And.Contain("«Annuale 2019» in scadenza");
        item.QuerySelectorAll(".testo-utente a").Select(a => a.GetAttribute("href")).Should()
            .HaveCount(16).And.Contain("/rilevazioni/2019-12-31/obiettivi/C06");
    }

    private async Task AddRoundInPreparazioneAsync(DateOnly scadenza)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var round = new Rilevazione(new DateOnly(2020, 6, 30), "Infrannuale 2020", scadenza);
        foreach (var obiettivo in await db.ObiettiviOperativi.ToListAsync()) round.Includi(obiettivo);
        db.Rilevazioni.Add(round);
        await db.SaveChangesAsync();
    }

    [GeneratedRegex(@"\]\(/rilevazioni/2019-12-31/obiettivi/C\d+\)")]
    private static partial Regex FormLinks();
}
