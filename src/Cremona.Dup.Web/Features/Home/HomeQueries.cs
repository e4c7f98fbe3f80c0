using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Home;

public sealed class HomeQueries(AppDbContext db)
{
    public async Task<HomeViewModel> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var counts = await db.Missioni.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(_ => new
            {
                Programmi = db.Programmi.Count(p => !p.Ritirato),
                Obiettivi = db.ObiettiviOperativi.Count(o => !o.Ritirato && !o.Programma.Ritirato),
                Indicatori = db.Indicatori.Count(i => !i.Ritirato && !i.Obiettivo.Ritirato && !i.Obiettivo.Programma.Ritirato),
            })
            .SingleOrDefaultAsync(ct);

        var rilevazioni = (await db.Rilevazioni.AsNoTracking()
                .Select(r => new HomeViewModel.RilevazioneItem(r.Data, r.Titolo, r.Stato, r.Scadenza))
                .ToListAsync(ct))
            .OrderByDescending(r => r.Data).ToList();

        List<HomeViewModel.ObiettivoItem> miei = [];
        List<HomeViewModel.Attivita> attivita = [];
        // The obiettivi of the linked responsabile and of those the user is referente of.
        var responsabili = user.ReferenteDi().ToList();
        if (user.ResponsabileId() is { } proprio) responsabili.Insert(0, proprio);
        if (responsabili.Count > 0)
        {
            attivita = (await db.RilevazioniObiettivi.AsNoTracking()
                    .Where(r => responsabili.Contains(r.Obiettivo.ResponsabileGestionaleId)
                        && (r.Rilevazione.Stato == StatoRilevazione.Aperta || r.Riaperto))
                    .Select(r => new
                    {
                        Item = new HomeViewModel.Attivita(r.Rilevazione.Data, r.Rilevazione.Titolo, r.Rilevazione.Scadenza,
                            r.Obiettivo.Codice, r.Obiettivo.Nome, r.Stato),
                        ProgrammaOrdine = r.Obiettivo.Programma.Ordine,
                        r.Obiettivo.Ordine,
                    })
                    .ToListAsync(ct))
                // Work still to do first, then by round and plan order (SQLite cannot sort DateOnly reliably: in memory).
                .OrderBy(a => a.Item.DaFare ? 0 : 1).ThenBy(a => a.Item.Data).ThenBy(a => a.ProgrammaOrdine).ThenBy(a => a.Ordine)
                .Select(a => a.Item).ToList();

            miei = await db.ObiettiviOperativi.AsNoTracking()
                .Where(o => responsabili.Contains(o.ResponsabileGestionaleId) && !o.Ritirato && !o.Programma.Ritirato)
                .OrderBy(o => o.Programma.Ordine).ThenBy(o => o.Ordine)
                .Select(o => new HomeViewModel.ObiettivoItem(o.Codice, o.Nome, o.Programma.Codice, o.Programma.Nome))
                .ToListAsync(ct);
        }

        var ruoli = Roles.All.Where(user.IsInRole).Select(Roles.Etichetta).ToList();
        return new HomeViewModel(user.FindFirstValue(AppClaims.NomeCompleto) ?? user.Identity?.Name ?? "", ruoli,
            counts?.Programmi ?? 0, counts?.Obiettivi ?? 0, counts?.Indicatori ?? 0, rilevazioni, miei, attivita);
    }
}
