using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>The plan-editing pages' reads: projections, no tracking; retired items only when asked for.</summary>
public sealed class GestionePianoQueries(AppDbContext db, TimeProvider time)
{
    public async Task<PianoViewModel> ElencoAsync(bool ritirati, CancellationToken ct)
    {
        var anno = await db.AnnoCorrenteAsync(time, ct);
        var missioni = await db.Missioni.AsNoTracking().OrderBy(m => m.Numero)
            .Select(m => new { m.Numero, m.Nome }).ToListAsync(ct);
        var programmi = await db.Programmi.AsNoTracking()
            .Where(p => ritirati || !p.Ritirato)
            .Select(p => new
            {
                MissioneNumero = p.Missione.Numero,
                p.Codice,
                p.Nome,
                p.Ritirato,
                Obiettivi = p.Obiettivi.Where(o => ritirati || !o.Ritirato).OrderBy(o => o.Ordine)
                    .Select(o => new PianoViewModel.ObiettivoItem(o.Codice, o.Nome, o.ResponsabileGestionale.Nome,
                        o.Indicatori.Count(i => ritirati || !i.Ritirato), o.Ritirato))
                    .ToList(),
            })
            .ToListAsync(ct);
        var strategici = await db.ObiettiviStrategici.AsNoTracking()
            .Where(s => ritirati || !s.Ritirato)
            .OrderBy(s => s.Codice)
            .Select(s => new PianoViewModel.StrategicoItem(s.Codice, s.Nome, s.Obiettivi.Count(o => !o.Ritirato), s.Ritirato))
            .ToListAsync(ct);
        // The retired items of three tables in one command (UNION ALL, then COUNT).
        var nascosti = ritirati ? 0 : await db.Programmi.Where(p => p.Ritirato).Select(p => p.Id)
            .Concat(db.ObiettiviOperativi.Where(o => o.Ritirato).Select(o => o.Id))
            .Concat(db.ObiettiviStrategici.Where(s => s.Ritirato).Select(s => s.Id))
            .CountAsync(ct);

        var perMissione = programmi.ToLookup(p => p.MissioneNumero);
        return new PianoViewModel(anno, ritirati, nascosti,
            missioni.Select(m => new PianoViewModel.MissioneItem(m.Numero, m.Nome,
                perMissione[m.Numero].OrderBy(p => Codici.ProgrammaSortKey(p.Codice))
                    .Select(p => new PianoViewModel.ProgrammaItem(p.Codice, p.Nome, p.Ritirato, p.Obiettivi)).ToList())).ToList(),
            strategici);
    }

    public async Task<MissionePagina?> MissioneAsync(int numero, MissioneInput? input, bool conflitto, CancellationToken ct)
    {
        var m = await db.Missioni.AsNoTracking().Where(x => x.Numero == numero)
            .Select(x => new { x.Nome, x.Version }).SingleOrDefaultAsync(ct);
        if (m is null) return null;
        return new MissionePagina(numero, m.Nome, m.Version, input ?? new MissioneInput { Nome = m.Nome, Version = m.Version }, conflitto);
    }

    public async Task<(int Numero, string Nome)?> MissioneDatiAsync(int numero, CancellationToken ct)
    {
        var m = await db.Missioni.AsNoTracking().Where(x => x.Numero == numero).Select(x => new { x.Numero, x.Nome })
            .SingleOrDefaultAsync(ct);
        return m is null ? null : (m.Numero, m.Nome);
    }

    public async Task<ProgrammaPagina?> ProgrammaAsync(string codice, ProgrammaInput? input, bool conflitto, CancellationToken ct)
    {
        var p = await db.Programmi.AsNoTracking().Where(x => x.Codice == codice)
            .Select(x => new
            {
                x.Missione.Numero,
                MissioneNome = x.Missione.Nome,
                Dati = new ProgrammaPagina.Dati(x.Codice, x.Nome, x.Responsabili, x.Descrizione, x.MotivazioneScelte,
                    x.FinalitaDaConseguire, x.RisorseUmane, x.RisorseStrumentali, x.Ritirato, x.Version),
                Eliminabile = !x.Obiettivi.Any(),
            })
            .SingleOrDefaultAsync(ct);
        if (p is null) return null;
        var d = p.Dati;
        return new ProgrammaPagina(p.Numero, p.MissioneNome, d, input ?? new ProgrammaInput
        {
            Nome = d.Nome,
            Responsabili = d.Responsabili,
            Descrizione = d.Descrizione,
            MotivazioneScelte = d.MotivazioneScelte,
            FinalitaDaConseguire = d.FinalitaDaConseguire,
            RisorseUmane = d.RisorseUmane,
            RisorseStrumentali = d.RisorseStrumentali,
            Version = d.Version,
        }, conflitto, p.Eliminabile);
    }

    public async Task<StrategicoPagina?> StrategicoAsync(string codice, StrategicoInput? input, bool conflitto, CancellationToken ct)
    {
        var s = await db.ObiettiviStrategici.AsNoTracking().Where(x => x.Codice == codice)
            .Select(x => new StrategicoPagina.Dati(x.Codice, x.Nome, x.Obiettivi.Count, x.Ritirato, x.Version))
            .SingleOrDefaultAsync(ct);
        if (s is null) return null;
        return new StrategicoPagina(s, input ?? new StrategicoInput { Nome = s.Nome, Version = s.Version }, conflitto, s.Obiettivi == 0);
    }

    public async Task<ObiettivoPagina?> ObiettivoAsync(string codice, ObiettivoInput? input, bool conflitto, CancellationToken ct)
    {
        var anno = await db.AnnoCorrenteAsync(time, ct);
        var o = await db.ObiettiviOperativi.AsNoTracking().Where(x => x.Codice == codice)
            .Select(x => new ObiettivoPagina.Dati(x.Codice, x.Nome, x.Programma.Codice,
                x.ObiettivoStrategico == null ? null : x.ObiettivoStrategico.Codice, x.ResponsabilePolitico,
                x.ResponsabileGestionaleId, x.ResponsabileGestionale.Nome, x.DescrizioneSintetica, x.Gap, x.Stakeholder,
                x.SettoriCoinvolti,
                x.Definizioni.OrderBy(d => d.Anno).Select(d => new ObiettivoPagina.Definizione(d.Anno, d.Testo)).ToList(),
                x.Indicatori.OrderBy(i => i.Ordine)
                    .Select(i => new ObiettivoPagina.IndicatoreItem(i.Id, i.Nome, i.PrimoAnno, i.UltimoAnno, i.Ritirato)).ToList(),
                x.Ritirato, x.Version))
            .SingleOrDefaultAsync(ct);
        if (o is null) return null;
        var eliminabile = !await db.RilevazioniObiettivi.AnyAsync(r => r.Obiettivo.Codice == codice, ct)
            && !await db.IndicatoriValori.AnyAsync(v => db.Indicatori.Any(i => i.Id == v.IndicatoreId && i.Obiettivo.Codice == codice), ct);
        input ??= new ObiettivoInput
        {
            Nome = o.Nome,
            Programma = o.ProgrammaCodice,
            Strategico = o.StrategicoCodice,
            ResponsabilePolitico = o.ResponsabilePolitico,
            ResponsabileGestionale = o.ResponsabileId,
            DescrizioneSintetica = o.DescrizioneSintetica,
            Gap = o.Gap,
            Stakeholder = o.Stakeholder,
            SettoriCoinvolti = o.SettoriCoinvolti,
            Definizione = o.Definizioni.FirstOrDefault(d => d.Anno == anno)?.Testo,
            Version = o.Version,
        };
        return await ConOpzioniAsync(anno, o.ProgrammaCodice, o, input, conflitto, eliminabile, ct);
    }

    public async Task<ObiettivoPagina?> NuovoObiettivoAsync(string programma, ObiettivoInput? input, CancellationToken ct)
    {
        if (!await db.Programmi.AnyAsync(p => p.Codice == programma, ct)) return null;
        var anno = await db.AnnoCorrenteAsync(time, ct);
        return await ConOpzioniAsync(anno, programma, null, input ?? new ObiettivoInput { Programma = programma }, false, false, ct);
    }

    private async Task<ObiettivoPagina> ConOpzioniAsync(int anno, string programma, ObiettivoPagina.Dati? salvato, ObiettivoInput input,
        bool conflitto, bool eliminabile, CancellationToken ct)
    {
        // The choices are the plan's items not retired, plus the obiettivo's own even when retired (so it can stay).
        var programmi = (await db.Programmi.AsNoTracking()
                .Where(p => !p.Ritirato || p.Codice == programma)
                .Select(p => new { p.Codice, p.Nome, p.Ritirato }).ToListAsync(ct))
            .OrderBy(p => Codici.ProgrammaSortKey(p.Codice))
            .Select(p => new Opzione(p.Codice, $"{p.Codice} – {p.Nome}{(p.Ritirato ? " (ritirato)" : "")}")).ToList();
        var attuale = salvato?.StrategicoCodice;
        var strategici = await db.ObiettiviStrategici.AsNoTracking()
            .Where(s => !s.Ritirato || s.Codice == attuale)
            .OrderBy(s => s.Codice)
            .Select(s => new Opzione(s.Codice, s.Codice + " – " + s.Nome + (s.Ritirato ? " (ritirato)" : "")))
            .ToListAsync(ct);
        var responsabili = await db.Responsabili.AsNoTracking().OrderBy(r => r.Nome)
            .Select(r => new Opzione(r.Id.ToString(), r.Nome)).ToListAsync(ct);
        return new ObiettivoPagina(anno, programma, salvato, input, programmi, strategici, responsabili, conflitto, eliminabile);
    }

    public async Task<IndicatorePianoPagina?> IndicatoreAsync(int id, IndicatoreInput? input, bool conflitto, CancellationToken ct)
    {
        var i = await db.Indicatori.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Obiettivo.Codice,
                x.Obiettivo.Nome,
                Dati = new IndicatorePianoPagina.Dati(x.Id, x.Nome, x.Finalita, x.Formula, x.Note, x.Target, x.PrimoAnno, x.UltimoAnno,
                    x.Ritirato, x.Version,
                    x.Valori.Where(v => v.Consuntivo != null).OrderBy(v => v.Anno)
                        .Select(v => new IndicatorePianoPagina.Consuntivo(v.Anno, v.Consuntivo!.Value)).ToList()),
                Eliminabile = !x.Valori.Any() && !db.ValoriRilevazioni.Any(v => v.IndicatoreId == x.Id),
            })
            .SingleOrDefaultAsync(ct);
        if (i is null) return null;
        var d = i.Dati;
        return new IndicatorePianoPagina(i.Codice, i.Nome, d, input ?? new IndicatoreInput
        {
            Nome = d.Nome,
            Finalita = d.Finalita,
            Formula = d.Formula,
            Note = d.Note,
            Target = Infrastructure.Text.NumeroItaliano.Format(d.Target),
            PrimoAnno = d.PrimoAnno.ToString(System.Globalization.CultureInfo.InvariantCulture),
            UltimoAnno = d.UltimoAnno.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Version = d.Version,
        }, conflitto, i.Eliminabile);
    }

    public async Task<IndicatorePianoPagina?> NuovoIndicatoreAsync(string obiettivo, IndicatoreInput? input, CancellationToken ct)
    {
        var o = await db.ObiettiviOperativi.AsNoTracking().Where(x => x.Codice == obiettivo).Select(x => new { x.Codice, x.Nome })
            .SingleOrDefaultAsync(ct);
        if (o is null) return null;
        var anno = (await db.AnnoCorrenteAsync(time, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new IndicatorePianoPagina(o.Codice, o.Nome, null, input ?? new IndicatoreInput { PrimoAnno = anno, UltimoAnno = anno },
            false, false);
    }
}
