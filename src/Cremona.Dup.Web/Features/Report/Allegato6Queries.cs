using System.Linq.Expressions;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Report;

public sealed class Allegato6Queries(AppDbContext db, TimeProvider time)
{
    /// <summary>Every round, newest first, for the choice on the page.</summary>
    public async Task<IReadOnlyList<Allegato6Report.RilevazioneInfo>> RilevazioniAsync(CancellationToken ct) =>
        (await db.Rilevazioni.AsNoTracking()
            .Select(r => new Allegato6Report.RilevazioneInfo(r.Id, r.Data, r.Titolo, r.Stato, r.AnnoConsuntivo))
            .ToListAsync(ct))
        // SQLite cannot sort DateOnly reliably: in memory.
        .OrderByDescending(r => r.Data).ToList();

    /// <summary>The round printed when none is asked for: the latest closed one, else the latest.</summary>
    public static DateOnly? DataPredefinita(IReadOnlyList<Allegato6Report.RilevazioneInfo> rilevazioni)
    {
        ArgumentNullException.ThrowIfNull(rilevazioni);
        var chiusa = rilevazioni.FirstOrDefault(r => r.Stato == StatoRilevazione.Chiusa);
        return chiusa?.Data ?? (rilevazioni.Count > 0 ? rilevazioni[0].Data : null);
    }

    /// <summary>Missioni and programmi for the filters, in classification order.</summary>
    public async Task<IReadOnlyList<Allegato6Opzione>> ProgrammiAsync(CancellationToken ct) =>
        (await db.Programmi.AsNoTracking()
            .Select(p => new Allegato6Opzione(p.Missione.Numero, p.Missione.Nome, p.Codice, p.Nome))
            .ToListAsync(ct))
        .OrderBy(p => Codici.ProgrammaSortKey(p.ProgrammaCodice)).ToList();

    /// <summary>The round, the filters' existence and the data version: one query, run before any cache look-up.</summary>
    public async Task<Allegato6Stamp?> StampAsync(DateOnly data, int? missione, string? programma, CancellationToken ct) =>
        await db.Rilevazioni.AsNoTracking()
            .Where(r => r.Data == data)
            .Select(r => new Allegato6Stamp(
                new Allegato6Report.RilevazioneInfo(r.Id, r.Data, r.Titolo, r.Stato, r.AnnoConsuntivo),
                r.Version,
                db.Audit.Max(a => (long?)a.Id),
                db.RilevazioniObiettivi.Where(x => x.RilevazioneId == r.Id).Max(x => x.UpdatedAtUtc),
                db.Programmi.Count(),
                db.ObiettiviOperativi.Count(),
                db.Indicatori.Count(),
                db.IndicatoriPartecipate.Count(),
                missione == null || db.Missioni.Any(m => m.Numero == missione),
                programma == null ? null : db.Programmi.Where(p => p.Codice == programma).Select(p => (int?)p.Missione.Numero).FirstOrDefault()))
            .SingleOrDefaultAsync(ct);

    /// <summary>How much a request would print (the page's preview): one query.</summary>
    public async Task<Allegato6Conteggi> ContaAsync(Allegato6Filtro filtro, Allegato6Scope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filtro);
        ArgumentNullException.ThrowIfNull(scope);
        var responsabile = scope.ResponsabileId;
        var stampato = Stampato(filtro.Data);
        var obiettivi = await Obiettivi(filtro, responsabile)
            .Select(o => new { o.ProgrammaId, Indicatori = o.Indicatori.AsQueryable().Count(stampato) })
            .ToListAsync(ct);
        var programmi = scope.Completo
            ? await Programmi(filtro).CountAsync(ct)
            : obiettivi.Select(o => o.ProgrammaId).Distinct().Count();
        return new Allegato6Conteggi(programmi, obiettivi.Count, obiettivi.Sum(o => o.Indicatori));
    }

    /// <summary>Everything the report prints: one query for the plan with the round's texts and values, one for the partecipate.</summary>
    public async Task<Allegato6Report> CaricaAsync(Allegato6Report.RilevazioneInfo rilevazione, Allegato6Filtro filtro,
        Allegato6Scope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rilevazione);
        ArgumentNullException.ThrowIfNull(filtro);
        ArgumentNullException.ThrowIfNull(scope);
        var rid = rilevazione.Id;
        var responsabile = scope.ResponsabileId;
        var stampato = Stampato(rilevazione.Data);

        // The round's texts and values join as correlated collections (SQLite has no APPLY for scalar look-ups).
        var rows = await Programmi(filtro)
            .Where(p => responsabile == null || p.Obiettivi.Any(o => o.ResponsabileGestionaleId == responsabile))
            .Select(p => new
            {
                MissioneNumero = p.Missione.Numero,
                MissioneNome = p.Missione.Nome,
                p.Codice,
                p.Nome,
                p.Responsabili,
                p.Descrizione,
                p.MotivazioneScelte,
                p.FinalitaDaConseguire,
                p.RisorseUmane,
                p.RisorseStrumentali,
                Obiettivi = p.Obiettivi.Where(o => responsabile == null || o.ResponsabileGestionaleId == responsabile)
                    .Where(o => (!o.Ritirato && !o.Programma.Ritirato) || db.RilevazioniObiettivi.Any(r => r.ObiettivoOperativoId == o.Id && r.RilevazioneId == rid))
                    .Select(o => new
                    {
                        o.Codice,
                        o.Nome,
                        o.Ordine,
                        StrategicoCodice = o.ObiettivoStrategico == null ? null : o.ObiettivoStrategico.Codice,
                        StrategicoNome = o.ObiettivoStrategico == null ? null : o.ObiettivoStrategico.Nome,
                        o.ResponsabilePolitico,
                        o.ResponsabileGestionaleId,
                        Gestionale = o.ResponsabileGestionale.Nome,
                        o.DescrizioneSintetica,
                        o.Gap,
                        o.Stakeholder,
                        o.SettoriCoinvolti,
                        Definizioni = o.Definizioni.Select(d => new Allegato6Rows.Definizione(d.Anno, d.Testo)).ToList(),
                        Rilevazione = db.RilevazioniObiettivi.Where(r => r.ObiettivoOperativoId == o.Id && r.RilevazioneId == rid)
                            .Select(r => new { r.Stato, r.StatoAttuazione, r.AzioniCorrettive }).ToList(),
                        Indicatori = o.Indicatori.AsQueryable().Where(stampato).Select(i => new
                        {
                            i.Ordine,
                            i.Nome,
                            i.Finalita,
                            i.Formula,
                            i.Target,
                            i.Note,
                            i.PrimoAnno,
                            i.UltimoAnno,
                            Valori = i.Valori.Select(v => new Allegato6Rows.Valore(v.Anno, v.Consuntivo)).ToList(),
                            Rilevati = db.ValoriRilevazioni.Where(v => v.IndicatoreId == i.Id && v.RilevazioneId == rid)
                                .Select(v => new { v.Consuntivo, v.Nota }).ToList(),
                        }).ToList(),
                    }).ToList(),
            })
            // One query on purpose: the collections are small and a split would cost a round trip each.
            .AsSingleQuery()
            .ToListAsync(ct);

        var programmi = rows.Select(p => new Allegato6Rows.Programma(p.MissioneNumero, p.MissioneNome, p.Codice, p.Nome, p.Responsabili,
            p.Descrizione, p.MotivazioneScelte, p.FinalitaDaConseguire, p.RisorseUmane, p.RisorseStrumentali,
            p.Obiettivi.Select(o =>
            {
                var round = o.Rilevazione.FirstOrDefault();
                return new Allegato6Rows.Obiettivo(o.Codice, o.Nome, o.Ordine, o.StrategicoCodice, o.StrategicoNome,
                    o.ResponsabilePolitico, o.ResponsabileGestionaleId, o.Gestionale, o.DescrizioneSintetica, o.Gap, o.Stakeholder,
                    o.SettoriCoinvolti, o.Definizioni, round?.Stato, round?.StatoAttuazione, round?.AzioniCorrettive,
                    o.Indicatori.Select(i =>
                    {
                        var rilevato = i.Rilevati.FirstOrDefault();
                        return new Allegato6Rows.Indicatore(i.Ordine, i.Nome, i.Finalita, i.Formula, i.Target, i.Note, i.PrimoAnno,
                            i.UltimoAnno, i.Valori, rilevato is not null, rilevato?.Consuntivo, rilevato?.Nota);
                    }).ToList());
            }).ToList())).ToList();

        IReadOnlyList<Allegato6Report.Organismo> partecipate = [];
        if (!filtro.Filtrato && scope.Completo)
        {
            partecipate = (await db.OrganismiPartecipati.AsNoTracking()
                    .Where(o => o.RilevazioneId == rid)
                    .Select(o => new
                    {
                        o.Ordine,
                        Item = new Allegato6Report.Organismo(o.Nome, o.Introduzione,
                            o.Sezioni.OrderBy(s => s.Ordine).Select(s => new Allegato6Report.Sezione(s.Numero, s.Titolo, s.Testo, s.Rendicontazione,
                                s.Indirizzi.OrderBy(i => i.Ordine).Select(i => new Allegato6Report.Indirizzo(i.Lettera, i.Testo, i.Rendicontazione,
                                    i.Indicatori.OrderBy(k => k.Ordine).Select(k => new Allegato6Report.IndicatorePartecipata(
                                        k.Nome, k.TargetAtteso, k.Finalita, k.Formula, k.Risultato)).ToList())).ToList())).ToList()),
                    })
                    .AsSingleQuery()
                    .ToListAsync(ct))
                .OrderBy(o => o.Ordine).Select(o => o.Item).ToList();
        }

        return Allegato6Builder.Build(rilevazione, filtro, scope, time.GetUtcNow().UtcDateTime, programmi, partecipate);
    }

    /// <summary>
    /// The indicators a round prints: those in the plan, and a retired one in the rounds opened before its retirement
    /// (a past Allegato 6 never changes) or holding a value of it; never in the rounds opened after.
    /// </summary>
    private Expression<Func<Indicatore, bool>> Stampato(DateOnly data) =>
        i => !i.Ritirato
            || db.Rilevazioni.Any(r => r.Data == data && r.Stato != StatoRilevazione.InPreparazione
                && (r.ApertaIlUtc == null || i.RitiratoIlUtc == null || r.ApertaIlUtc < i.RitiratoIlUtc))
            || db.ValoriRilevazioni.Any(v => v.IndicatoreId == i.Id && v.RilevazioneObiettivo.Rilevazione.Data == data);

    private IQueryable<Programma> Programmi(Allegato6Filtro filtro)
    {
        var missione = filtro.Missione;
        var programma = filtro.Programma;
        var data = filtro.Data;
        // A retired programma prints only in the rounds that hold its obiettivi: a past Allegato 6 never changes.
        return db.Programmi.AsNoTracking()
            .Where(p => !p.Ritirato
                || p.Obiettivi.Any(o => db.RilevazioniObiettivi.Any(r => r.ObiettivoOperativoId == o.Id && r.Rilevazione.Data == data)))
            .Where(p => missione == null || p.Missione.Numero == missione)
            .Where(p => programma == null || p.Codice == programma);
    }

    private IQueryable<ObiettivoOperativo> Obiettivi(Allegato6Filtro filtro, int? responsabile)
    {
        var missione = filtro.Missione;
        var programma = filtro.Programma;
        var data = filtro.Data;
        return db.ObiettiviOperativi.AsNoTracking()
            .Where(o => (!o.Ritirato && !o.Programma.Ritirato)
                || db.RilevazioniObiettivi.Any(r => r.ObiettivoOperativoId == o.Id && r.Rilevazione.Data == data))
            .Where(o => missione == null || o.Programma.Missione.Numero == missione)
            .Where(o => programma == null || o.Programma.Codice == programma)
            .Where(o => responsabile == null || o.ResponsabileGestionaleId == responsabile);
    }
}
