using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>
/// The reminders of an open round: one per responsabile gestionale with obiettivi da compilare, in bozza or
/// restituiti, with the addresses the notifier will write to. Used by the preview and by the sending alike, so what
/// Segreteria reads is what goes out. Three queries (round, obiettivi, accounts).
/// </summary>
public sealed class PreparaSolleciti(AppDbContext db, GestioneRilevazioniQueries queries, TimeProvider time)
{
    public async Task<SollecitiViewModel?> HandleAsync(DateOnly data, CancellationToken ct)
    {
        var rilevazione = await queries.IntestazioneAsync(data, ct);
        if (rilevazione is null) return null;
        if (rilevazione.Stato != StatoRilevazione.Aperta) return new SollecitiViewModel(rilevazione, []);

        var rows = await db.RilevazioniObiettivi.AsNoTracking()
            .Where(r => r.RilevazioneId == rilevazione.Id
                && (r.Stato == StatoCompilazione.DaCompilare || r.Stato == StatoCompilazione.Bozza || r.Stato == StatoCompilazione.Restituito))
            .Select(r => new
            {
                r.Obiettivo.ResponsabileGestionaleId,
                Responsabile = r.Obiettivo.ResponsabileGestionale.Nome,
                r.Obiettivo.ResponsabileGestionale.Email,
                ProgrammaCodice = r.Obiettivo.Programma.Codice,
                r.Obiettivo.Ordine,
                r.Obiettivo.Codice,
                r.Obiettivo.Nome,
                r.Stato,
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.ResponsabileGestionaleId).Distinct().ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.ResponsabileId != null && ids.Contains(u.ResponsabileId.Value) && u.Attivo)
            .Select(u => new { ResponsabileId = u.ResponsabileId!.Value, u.Email })
            .ToListAsync(ct);

        var oggi = Formats.Oggi(time);
        var datiRilevazione = new TestoSollecito.DatiRilevazione(rilevazione.Data, rilevazione.Titolo, rilevazione.Scadenza);
        var solleciti = rows.GroupBy(r => (r.ResponsabileGestionaleId, r.Responsabile, r.Email))
            .OrderBy(g => g.Key.Responsabile, StringComparer.Create(Infrastructure.Web.Formats.Italian, ignoreCase: true))
            .Select(g =>
            {
                var mancanti = g.OrderBy(r => Codici.ProgrammaSortKey(r.ProgrammaCodice)).ThenBy(r => r.Ordine)
                    .Select(r => new TestoSollecito.ObiettivoDaCompletare(r.Codice, r.Nome, r.Stato)).ToList();
                var own = accounts.Where(a => a.ResponsabileId == g.Key.ResponsabileGestionaleId).ToList();
                // The same addresses Notificatore.PerResponsabileAsync writes to: the accounts' and the plan's, once each.
                var indirizzi = own.Select(a => a.Email).Append(g.Key.Email)
                    .Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim())
                    .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                return new SollecitoAnteprima(g.Key.ResponsabileGestionaleId, g.Key.Responsabile, indirizzi, own.Count,
                    mancanti.Count, TestoSollecito.Componi(datiRilevazione, g.Key.Responsabile, mancanti, oggi));
            })
            .ToList();
        return new SollecitiViewModel(rilevazione, solleciti);
    }
}
