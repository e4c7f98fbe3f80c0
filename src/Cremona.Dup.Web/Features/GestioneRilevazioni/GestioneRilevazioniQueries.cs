using System.Globalization;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public sealed class GestioneRilevazioniQueries(AppDbContext db, TimeProvider time)
{
    private static readonly StringComparer Italian = StringComparer.Create(CultureInfo.GetCultureInfo("it-IT"), ignoreCase: true);

    /// <summary>Every round, newest first, with its completion: one query.</summary>
    public async Task<IReadOnlyList<RilevazioneListItem>> ElencoAsync(CancellationToken ct)
    {
        var rows = await db.Rilevazioni.AsNoTracking()
            .Select(r => new RilevazioneListItem(r.Data, r.Titolo, r.Stato, r.Scadenza, r.Obiettivi.Count,
                r.Obiettivi.Count(o => o.Stato == StatoCompilazione.Inviato || o.Stato == StatoCompilazione.Validato)))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Data).ToList();
    }

    public Task<RilevazioneIntestazione?> IntestazioneAsync(DateOnly data, CancellationToken ct) =>
        db.Rilevazioni.AsNoTracking().Where(r => r.Data == data)
            .Select(r => new RilevazioneIntestazione(r.Id, r.Data, r.Titolo, r.Stato, r.Scadenza, r.AnnoConsuntivo,
                r.ChiedeStatoAttuazione, r.ChiedeAzioniCorrettive, r.Version))
            .SingleOrDefaultAsync(ct);

    /// <summary>
    /// The completion dashboard: one query for the round and one for its obiettivi, grouped per responsabile and per
    /// programma in memory. The filters narrow the lists, never the totals.
    /// </summary>
    public async Task<DashboardViewModel?> DashboardAsync(DateOnly data, DashboardFiltri filtri, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filtri);
        var round = await db.Rilevazioni.AsNoTracking().Where(r => r.Data == data)
            .Select(r => new
            {
                Intestazione = new RilevazioneIntestazione(r.Id, r.Data, r.Titolo, r.Stato, r.Scadenza, r.AnnoConsuntivo,
                    r.ChiedeStatoAttuazione, r.ChiedeAzioniCorrettive, r.Version),
                NelPiano = db.ObiettiviOperativi.Count(o => !o.Ritirato && !o.Programma.Ritirato),
            })
            .SingleOrDefaultAsync(ct);
        if (round is null) return null;

        var rows = await db.RilevazioniObiettivi.AsNoTracking()
            .Where(r => r.RilevazioneId == round.Intestazione.Id)
            .Select(r => new
            {
                Riga = new DashboardViewModel.Riga(r.Obiettivo.Codice, r.Obiettivo.Nome, r.Obiettivo.Programma.Codice,
                    r.Obiettivo.Programma.Nome, r.Obiettivo.ResponsabileGestionaleId, r.Obiettivo.ResponsabileGestionale.Nome,
                    r.Stato, r.Riaperto, r.InviatoAtUtc, r.InviatoDa, r.UpdatedAtUtc, r.UpdatedBy),
                r.Obiettivo.Ordine,
            })
            .ToListAsync(ct);
        var righe = rows
            .OrderBy(r => Codici.ProgrammaSortKey(r.Riga.ProgrammaCodice)).ThenBy(r => r.Ordine)
            .Select(r => r.Riga).ToList();

        var perResponsabile = righe.GroupBy(r => (r.ResponsabileId, r.Responsabile))
            .Select(g => new DashboardViewModel.Gruppo(g.Key.ResponsabileId.ToString(CultureInfo.InvariantCulture), g.Key.Responsabile,
                Conteggi.Da(g.Select(r => r.Stato))))
            .OrderBy(g => g.Nome, Italian).ToList();
        var perProgramma = righe.GroupBy(r => (r.ProgrammaCodice, r.ProgrammaNome))
            .Select(g => new DashboardViewModel.Gruppo(g.Key.ProgrammaCodice, $"{g.Key.ProgrammaCodice} – {g.Key.ProgrammaNome}",
                Conteggi.Da(g.Select(r => r.Stato))))
            .ToList();

        var elenco = righe.Where(r =>
                (filtri.Stato is null || r.Stato == filtri.Stato)
                && (filtri.Responsabile is null || r.ResponsabileId == filtri.Responsabile)
                && (string.IsNullOrEmpty(filtri.Programma) || r.ProgrammaCodice == filtri.Programma))
            .ToList();

        return new DashboardViewModel(round.Intestazione,
            round.Intestazione.Stato == StatoRilevazione.Aperta
                ? Calendario.GiorniAllaScadenza(round.Intestazione.Scadenza, Formats.Oggi(time)) : null,
            round.NelPiano, Conteggi.Da(righe.Select(r => r.Stato)), perResponsabile, perProgramma, filtri, elenco);
    }

    /// <summary>One obiettivo of a round, for the pages that return or reopen it: one query.</summary>
    public async Task<ObiettivoInRilevazione?> ObiettivoAsync(DateOnly data, string codice, CancellationToken ct)
    {
        if (!Codici.IsObiettivoOperativo(codice?.ToUpperInvariant())) return null;
        var code = codice!.ToUpperInvariant();
        return await db.RilevazioniObiettivi.AsNoTracking()
            .Where(r => r.Rilevazione.Data == data && r.Obiettivo.Codice == code)
            .Select(r => new ObiettivoInRilevazione(
                new RilevazioneIntestazione(r.Rilevazione.Id, r.Rilevazione.Data, r.Rilevazione.Titolo, r.Rilevazione.Stato,
                    r.Rilevazione.Scadenza, r.Rilevazione.AnnoConsuntivo, r.Rilevazione.ChiedeStatoAttuazione,
                    r.Rilevazione.ChiedeAzioniCorrettive, r.Rilevazione.Version),
                r.Obiettivo.Codice, r.Obiettivo.Nome, r.Obiettivo.ResponsabileGestionale.Nome, r.Stato, r.Riaperto,
                r.NotaRestituzione, r.InviatoAtUtc, r.InviatoDa))
            .SingleOrDefaultAsync(ct);
    }
}
