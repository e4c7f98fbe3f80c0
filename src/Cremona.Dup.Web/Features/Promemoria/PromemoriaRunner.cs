using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Notifiche;
using Cremona.Dup.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Features.Promemoria;

/// <summary>
/// One pass of the automatic reminders: for each open round with a deadline and each responsabile gestionale with
/// obiettivi still da compilare, in bozza or restituiti, queues the reminder due today (Europe/Rome) under
/// <see cref="RegolePromemoria"/> as an in-app notification and an e-mail, and records the rule in the
/// <see cref="SollecitoInviato"/> log in the same save, so each rule goes out once even across restarts.
/// </summary>
public sealed partial class PromemoriaRunner(
    AppDbContext db, Notificatore notificatore, IEmailOutboxSignal outbox, IOptionsMonitor<PromemoriaOptions> options,
    TimeProvider time, ILogger<PromemoriaRunner> logger)
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    /// <summary>Returns how many reminders were queued.</summary>
    public async Task<int> EseguiAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var oggi = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Rome).DateTime);
        var rilevazioni = await db.Rilevazioni.AsNoTracking()
            .Where(r => r.Stato == StatoRilevazione.Aperta && r.Scadenza != null)
            .Select(r => new RilevazioneConScadenza(r.Id, r.Data, r.Titolo, r.Scadenza!.Value))
            .ToListAsync(ct);

        var inviati = 0;
        foreach (var rilevazione in rilevazioni)
            inviati += await PerRilevazioneAsync(rilevazione, oggi, now.UtcDateTime, ct);
        if (inviati > 0) outbox.Segnala();
        return inviati;
    }

    private async Task<int> PerRilevazioneAsync(RilevazioneConScadenza rilevazione, DateOnly oggi, DateTime nowUtc,
        CancellationToken ct)
    {
        var settings = options.CurrentValue; // the Amministratore may change the schedule while the app runs
        var giorni = rilevazione.Scadenza.DayNumber - oggi.DayNumber;
        if (RegolePromemoria.Dovuto(giorni, settings.RegolePrima, settings.RegoleDopo, new HashSet<string>()) is null)
            return 0; // no rule is due today for anybody: spare the queries

        var mancanti = await db.RilevazioniObiettivi.AsNoTracking()
            .Where(ro => ro.RilevazioneId == rilevazione.Id
                && (ro.Stato == StatoCompilazione.DaCompilare || ro.Stato == StatoCompilazione.Bozza
                    || ro.Stato == StatoCompilazione.Restituito))
            .OrderBy(ro => ro.Obiettivo.Programma.Ordine).ThenBy(ro => ro.Obiettivo.Ordine)
            .Select(ro => new
            {
                ro.Obiettivo.ResponsabileGestionaleId,
                Responsabile = ro.Obiettivo.ResponsabileGestionale.Nome,
                Obiettivo = new ObiettivoDaCompletare(ro.Obiettivo.Codice, ro.Obiettivo.Nome, ro.Stato),
            })
            .ToListAsync(ct);
        var registrate = (await db.SollecitiInviati.AsNoTracking()
                .Where(s => s.RilevazioneId == rilevazione.Id)
                .Select(s => new { s.ResponsabileId, s.Regola })
                .ToListAsync(ct))
            .ToLookup(s => s.ResponsabileId, s => s.Regola);

        var inviati = 0;
        foreach (var gruppo in mancanti.GroupBy(m => (m.ResponsabileGestionaleId, m.Responsabile)))
        {
            var (responsabileId, nome) = gruppo.Key;
            var dovuto = RegolePromemoria.Dovuto(giorni, settings.RegolePrima, settings.RegoleDopo,
                registrate[responsabileId].ToHashSet(StringComparer.Ordinal));
            if (dovuto is null) continue;

            string? destinatari = null;
            if (dovuto.Regola is not null)
            {
                var messaggio = TestoPromemoria.Crea(rilevazione, nome, gruppo.Select(m => m.Obiettivo).ToList(), giorni);
                await notificatore.PerResponsabileAsync(responsabileId, messaggio, ct);
                destinatari = Destinatari();
                if (destinatari is null) LogNoAddress(nome, dovuto.Regola);
            }
            foreach (var regola in dovuto.DaRegistrare)
                db.SollecitiInviati.Add(new SollecitoInviato(rilevazione.Id, responsabileId, regola, nowUtc, destinatari));

            try
            {
                // The reminder and its record are one save: either both exist or neither does.
                await db.SaveChangesAsync(ct);
                if (dovuto.Regola is not null)
                {
                    inviati++;
                    LogSent(dovuto.Regola, nome, rilevazione.Titolo);
                }
            }
            catch (DbUpdateException ex)
            {
                // Another instance recorded the same rule first (unique index): its reminder is the one that counts.
                db.ChangeTracker.Clear();
                LogConflict(ex, dovuto.Regola ?? dovuto.DaRegistrare[0], nome);
            }
        }
        return inviati;
    }

    /// <summary>The addresses the notifier has just queued, for the log (the column holds 256 characters).</summary>
    private string? Destinatari()
    {
        var addresses = db.ChangeTracker.Entries<EmailInUscita>()
            .Where(e => e.State == EntityState.Added).Select(e => e.Entity.Destinatario).ToList();
        if (addresses.Count == 0) return null;
        var joined = string.Join(", ", addresses);
        return joined.Length <= 256 ? joined : joined[..256];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Promemoria {Regola} accodato per {Responsabile} ({Rilevazione})")]
    private partial void LogSent(string regola, string responsabile, string rilevazione);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Promemoria {Regola} per {Responsabile}: nessun indirizzo e-mail, solo notifica nell'applicazione")]
    private partial void LogNoAddress(string responsabile, string regola);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Promemoria {Regola} per {Responsabile} già registrato da un'altra istanza")]
    private partial void LogConflict(Exception ex, string regola, string responsabile);
}
