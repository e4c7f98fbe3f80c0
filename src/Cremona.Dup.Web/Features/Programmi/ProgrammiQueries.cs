using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Programmi;

public sealed class ProgrammiQueries(AppDbContext db)
{
    /// <summary>Every programma grouped by missione, with counts: one query.</summary>
    public async Task<IReadOnlyList<MissioneGroup>> ElencoAsync(CancellationToken ct)
    {
        var rows = await db.Programmi.AsNoTracking()
            .Where(p => !p.Ritirato)
            .Select(p => new
            {
                MissioneNumero = p.Missione.Numero,
                MissioneNome = p.Missione.Nome,
                p.Codice,
                p.Nome,
                p.Responsabili,
                Obiettivi = p.Obiettivi.Count(o => !o.Ritirato),
                Indicatori = p.Obiettivi.Where(o => !o.Ritirato).SelectMany(o => o.Indicatori).Count(i => !i.Ritirato),
            })
            .ToListAsync(ct);

        return rows
            .OrderBy(r => Codici.ProgrammaSortKey(r.Codice))
            .GroupBy(r => (r.MissioneNumero, r.MissioneNome))
            .Select(g => new MissioneGroup(g.Key.MissioneNumero, g.Key.MissioneNome,
                g.Select(r => new ProgrammaListItem(r.Codice, r.Nome, r.Responsabili, r.Obiettivi, r.Indicatori)).ToList()))
            .ToList();
    }

    /// <summary>One programma with its obiettivi operativi: one query.</summary>
    public async Task<ProgrammaViewModel?> DettaglioAsync(string codice, CancellationToken ct)
    {
        if (!Codici.IsProgramma(codice)) return null;
        return await db.Programmi.AsNoTracking()
            .Where(p => p.Codice == codice)
            .Select(p => new ProgrammaViewModel(
                p.Missione.Numero, p.Missione.Nome, p.Codice, p.Nome, p.Responsabili, p.Descrizione,
                p.MotivazioneScelte, p.FinalitaDaConseguire, p.RisorseUmane, p.RisorseStrumentali,
                p.Obiettivi.Where(o => !o.Ritirato).OrderBy(o => o.Ordine).Select(o => new ProgrammaViewModel.ObiettivoItem(
                    o.Codice, o.Nome,
                    o.ObiettivoStrategico == null ? null : o.ObiettivoStrategico.Codice,
                    o.ObiettivoStrategico == null ? null : o.ObiettivoStrategico.Nome,
                    o.ResponsabileGestionale.Nome,
                    o.Indicatori.Count(i => !i.Ritirato))).ToList()))
            .SingleOrDefaultAsync(ct);
    }
}
