using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Partecipate;

public sealed class PartecipateQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<OrganismoListItem>> ElencoAsync(CancellationToken ct)
    {
        var rows = await db.OrganismiPartecipati.AsNoTracking()
            .Select(o => new OrganismoListItem(o.Id, o.Nome, o.Rilevazione.Data, o.Rilevazione.Titolo, o.Sezioni.Count,
                o.Sezioni.SelectMany(s => s.Indirizzi).SelectMany(i => i.Indicatori).Count()))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Data).ThenBy(r => r.Id).ToList();
    }

    /// <summary>One organismo with its sections, indirizzi and indicators: one query.</summary>
    public async Task<OrganismoViewModel?> DettaglioAsync(int id, CancellationToken ct) =>
        await db.OrganismiPartecipati.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new OrganismoViewModel(o.Id, o.Nome, o.Introduzione, o.Rilevazione.Data, o.Rilevazione.Titolo,
                o.Sezioni.OrderBy(s => s.Ordine).Select(s => new OrganismoViewModel.Sezione(s.Numero, s.Titolo, s.Testo, s.Rendicontazione,
                    s.Indirizzi.OrderBy(i => i.Ordine).Select(i => new OrganismoViewModel.Indirizzo(i.Lettera, i.Testo, i.Rendicontazione,
                        i.Indicatori.OrderBy(k => k.Ordine).Select(k => new OrganismoViewModel.Indicatore(
                            k.Nome, k.TargetAtteso, k.Finalita, k.Formula, k.Risultato)).ToList())).ToList())).ToList()))
            .SingleOrDefaultAsync(ct);
}
