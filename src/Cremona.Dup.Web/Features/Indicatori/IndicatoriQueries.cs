using System.Globalization;
using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>
/// The indicator explorer: one SQL command projects every indicator the user may see (with its yearly values), a
/// second reads the default thresholds; achievement, filters, sort and paging run in memory, since the plan holds a
/// few hundred indicators (144 in 2019) and SQLite cannot sort decimals anyway.
/// </summary>
public sealed class IndicatoriQueries(AppDbContext db)
{
    private static readonly CompareInfo Italian = CultureInfo.GetCultureInfo("it-IT").CompareInfo;
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    public async Task<ElencoIndicatori> ElencoAsync(ClaimsPrincipal user, IndicatoriFiltro filtro, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filtro);
        var criteri = filtro.Analizza();
        var soglie = await SogliePredefiniteAsync(ct);
        var dati = await DatiAsync(AmbitoIndicatori.ResponsabiliDi(user), null, ct);

        var righe = criteri.Validi
            ? dati.Where(d => Corrisponde(d, criteri)).Select(d => Riga(d, criteri.Anno, soglie)).Where(r => CorrispondeTesto(r, criteri.Testo)).ToList()
            : [];
        var conteggi = Esiti.Tutti.ToDictionary(e => e, e => righe.Count(r => r.Esito == e));
        if (criteri.Esito is { } esito) righe = righe.Where(r => r.Esito == esito).ToList();
        righe.Sort(Confronto(criteri.Ordina, criteri.Discendente));

        return new ElencoIndicatori(criteri, righe, conteggi, soglie,
            dati.DistinctBy(d => d.MissioneNumero).OrderBy(d => d.MissioneNumero)
                .Select(d => new ElencoIndicatori.Opzione(d.MissioneNumero.ToString(CultureInfo.InvariantCulture), $"{d.MissioneNumero} – {d.MissioneNome}")).ToList(),
            dati.DistinctBy(d => d.ProgrammaCodice).OrderBy(d => Codici.ProgrammaSortKey(d.ProgrammaCodice))
                .Select(d => new ElencoIndicatori.Opzione(d.ProgrammaCodice, $"{d.ProgrammaCodice} – {d.ProgrammaNome}")).ToList(),
            dati.Select(d => d.Responsabile).Distinct(StringComparer.Ordinal).Order(StringComparer.Create(Formats(), false))
                .Select(n => new ElencoIndicatori.Opzione(UserNames.FromPersonName(n), n)).ToList(),
            dati.SelectMany(d => Enumerable.Range(d.PrimoAnno, d.UltimoAnno - d.PrimoAnno + 1)).Distinct().Order().ToList());
    }

    /// <summary>Indicators by esito for each missione, with the explorer's filters (esito aside: it is what is counted).</summary>
    public async Task<RiepilogoMissioni> RiepilogoAsync(ClaimsPrincipal user, IndicatoriFiltro filtro, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filtro);
        var senzaEsito = new IndicatoriFiltro
        {
            Missione = filtro.Missione,
            Programma = filtro.Programma,
            Obiettivo = filtro.Obiettivo,
            Responsabile = filtro.Responsabile,
            Anno = filtro.Anno,
            Q = filtro.Q,
        };
        var elenco = await ElencoAsync(user, senzaEsito, ct);
        var missioni = elenco.Righe
            .GroupBy(r => (r.MissioneNumero, r.MissioneNome))
            .OrderBy(g => g.Key.MissioneNumero)
            .Select(g => new RiepilogoMissioni.Missione(g.Key.MissioneNumero, g.Key.MissioneNome,
                Esiti.Tutti.ToDictionary(e => e, e => g.Count(r => r.Esito == e))))
            .ToList();
        return new RiepilogoMissioni(senzaEsito, elenco.Criteri, missioni, elenco.Missioni, elenco.Programmi,
            elenco.Responsabili, elenco.Anni);
    }

    /// <summary>One indicator with its plan context, yearly values and change history; null when absent or not the user's.</summary>
    public async Task<IndicatoreViewModel?> DettaglioAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var dati = (await DatiAsync(AmbitoIndicatori.ResponsabiliDi(user), id, ct)).SingleOrDefault();
        if (dati is null) return null;
        var soglie = await SogliePredefiniteAsync(ct);
        var effettive = Effettive(dati, soglie);
        var anni = Enumerable.Range(dati.PrimoAnno, dati.UltimoAnno - dati.PrimoAnno + 1)
            .Union(dati.Valori.Select(v => v.Anno)).Order()
            .Select(anno =>
            {
                var valore = dati.Valori.Find(v => v.Anno == anno);
                var target = valore?.Target ?? dati.Target;
                return new IndicatoreViewModel.Anno(anno, target, valore?.Consuntivo,
                    Raggiungimento.Calcola(target, valore?.Consuntivo, dati.Direzione, effettive));
            }).ToList();

        var storia = await db.Audit.AsNoTracking()
            .Where(a => a.Entita == nameof(Indicatore) && a.EntitaId == id)
            .OrderByDescending(a => a.Id)
            .Take(50)
            .Select(a => new IndicatoreViewModel.Modifica(a.AtUtc, a.Utente, a.Campo, a.ValorePrecedente, a.ValoreNuovo))
            .ToListAsync(ct);

        return new IndicatoreViewModel(dati.Id, dati.Nome, dati.Finalita, dati.Formula, dati.Note, dati.Unita, dati.Direzione,
            dati.Target, dati.SogliaRaggiunto, dati.SogliaParziale, soglie, effettive, dati.Version,
            dati.MissioneNumero, dati.MissioneNome, dati.ProgrammaCodice, dati.ProgrammaNome, dati.StrategicoCodice,
            dati.StrategicoNome, dati.ObiettivoCodice, dati.ObiettivoNome, dati.Responsabile, anni, storia);
    }

    public async Task<Soglie> SogliePredefiniteAsync(CancellationToken ct)
    {
        var row = await db.ImpostazioniIndicatori.AsNoTracking()
            .Select(s => new { s.SogliaRaggiunto, s.SogliaParziale })
            .FirstOrDefaultAsync(ct);
        return row is null ? Soglie.Predefinite : new Soglie(row.SogliaRaggiunto, row.SogliaParziale);
    }

    public async Task<(Soglie Soglie, Guid Version)> ImpostazioniAsync(CancellationToken ct)
    {
        var row = await db.ImpostazioniIndicatori.AsNoTracking()
            .Select(s => new { s.SogliaRaggiunto, s.SogliaParziale, s.Version })
            .FirstOrDefaultAsync(ct);
        return row is null ? (Soglie.Predefinite, Guid.Empty) : (new Soglie(row.SogliaRaggiunto, row.SogliaParziale), row.Version);
    }

    private static CultureInfo Formats() => CultureInfo.GetCultureInfo("it-IT");

    private async Task<List<Dati>> DatiAsync(IReadOnlyList<int>? responsabili, int? id, CancellationToken ct)
    {
        var query = db.Indicatori.AsNoTracking();
        if (responsabili is { Count: 1 } uno)
        {
            var rid = uno[0];
            query = query.Where(i => i.Obiettivo.ResponsabileGestionaleId == rid);
        }
        else if (responsabili is not null)
        {
            var ids = responsabili.ToList();
            query = query.Where(i => ids.Contains(i.Obiettivo.ResponsabileGestionaleId));
        }
        if (id is { } only) query = query.Where(i => i.Id == only);
        // The explorer lists the plan: retired items only by their own page (their history stays reachable).
        else query = query.Where(i => !i.Ritirato && !i.Obiettivo.Ritirato && !i.Obiettivo.Programma.Ritirato);
        var testi = id is not null; // the long texts only for the indicator page, not for every row of the list
        return await query
            .Select(i => new Dati(
                i.Id, i.Nome, i.Ordine, testi ? i.Finalita : null, testi ? i.Formula : null, testi ? i.Note : null, i.Unita, i.Direzione, i.Target,
                i.SogliaRaggiunto, i.SogliaParziale, i.PrimoAnno, i.UltimoAnno, i.Version,
                i.Obiettivo.Codice, i.Obiettivo.Nome, i.Obiettivo.Ordine,
                i.Obiettivo.ObiettivoStrategico == null ? null : i.Obiettivo.ObiettivoStrategico.Codice,
                i.Obiettivo.ObiettivoStrategico == null ? null : i.Obiettivo.ObiettivoStrategico.Nome,
                i.Obiettivo.Programma.Codice, i.Obiettivo.Programma.Nome,
                i.Obiettivo.Programma.Missione.Numero, i.Obiettivo.Programma.Missione.Nome,
                i.Obiettivo.ResponsabileGestionale.Nome,
                i.Valori.Select(v => new Valore(v.Anno, v.Target, v.Consuntivo)).ToList()))
            .ToListAsync(ct);
    }

    private static bool Corrisponde(Dati d, CriteriIndicatori c) =>
        (c.Missione is not { } m || d.MissioneNumero == m)
        && (c.Programma is not { } p || string.Equals(d.ProgrammaCodice, p, StringComparison.Ordinal))
        && (c.Strategico is not { } s || string.Equals(d.StrategicoCodice, s, StringComparison.Ordinal))
        && (c.Operativo is not { } o || string.Equals(d.ObiettivoCodice, o, StringComparison.Ordinal))
        && (c.Responsabile is not { } r || string.Equals(UserNames.FromPersonName(d.Responsabile), r, StringComparison.Ordinal))
        && (c.Anno is not { } a || (a >= d.PrimoAnno && a <= d.UltimoAnno) || d.Valori.Exists(v => v.Anno == a));

    private static bool CorrispondeTesto(IndicatoreRiga r, string? testo) =>
        testo is null
        || new[] { r.Nome, r.ObiettivoCodice, r.ObiettivoNome, r.StrategicoCodice, r.StrategicoNome, r.ProgrammaCodice,
                r.ProgrammaNome, r.MissioneNome, r.Responsabile }
            .Any(field => field is not null && Italian.IndexOf(field, testo, Loose) >= 0);

    private static Soglie Effettive(Dati d, Soglie predefinite) =>
        d.SogliaRaggiunto is { } r && d.SogliaParziale is { } p ? new Soglie(r, p) : predefinite;

    /// <summary>The year looked at is the <c>anno</c> filter's, otherwise the latest year with a consuntivo.</summary>
    private static IndicatoreRiga Riga(Dati d, int? annoFiltro, Soglie predefinite)
    {
        var anno = annoFiltro ?? d.Valori.Where(v => v.Consuntivo is not null).Select(v => (int?)v.Anno).Max();
        var valore = anno is { } y ? d.Valori.Find(v => v.Anno == y) : null;
        var target = valore?.Target ?? d.Target;
        var raggiungimento = Raggiungimento.Calcola(target, valore?.Consuntivo, d.Direzione, Effettive(d, predefinite));
        var consuntivi = d.Valori.Where(v => v.Consuntivo is not null).ToDictionary(v => v.Anno, v => v.Consuntivo!.Value);
        var (_, programma) = Codici.ProgrammaSortKey(d.ProgrammaCodice);
        return new IndicatoreRiga(d.Id, d.MissioneNumero, d.MissioneNome, d.ProgrammaCodice, d.ProgrammaNome, d.StrategicoCodice,
            d.StrategicoNome, d.ObiettivoCodice, d.ObiettivoNome, d.Responsabile, d.Nome, d.Unita, d.Direzione, target,
            anno, valore?.Consuntivo, raggiungimento, consuntivi, (d.MissioneNumero, programma, d.ObiettivoOrdine, d.Ordine));
    }

    /// <summary>The chosen column (empty values last in both directions), then the plan's order.</summary>
    private static Comparison<IndicatoreRiga> Confronto(string ordina, bool discendente)
    {
        var segno = discendente ? -1 : 1;
        var testo = StringComparer.Create(Formats(), true);
        Comparison<IndicatoreRiga> primo = ordina switch
        {
            "missione" => (a, b) => segno * a.MissioneNumero.CompareTo(b.MissioneNumero),
            "programma" => (a, b) => segno * (a.OrdinePiano.Missione, a.OrdinePiano.Programma).CompareTo((b.OrdinePiano.Missione, b.OrdinePiano.Programma)),
            "strategico" => UltimiVuoti(r => r.StrategicoCodice, segno, StringComparer.Ordinal),
            "obiettivo" => (a, b) => segno * string.CompareOrdinal(a.ObiettivoCodice, b.ObiettivoCodice),
            "responsabile" => (a, b) => segno * testo.Compare(a.Responsabile, b.Responsabile),
            "indicatore" => (a, b) => segno * testo.Compare(a.Nome, b.Nome),
            "target" => UltimiVuoti(r => r.Target, segno, Comparer<decimal?>.Default),
            "consuntivo" => UltimiVuoti(r => r.Consuntivo, segno, Comparer<decimal?>.Default),
            "raggiungimento" => UltimiVuoti(r => r.Raggiungimento.Percentuale, segno, Comparer<decimal?>.Default),
            "esito" => (a, b) => segno * a.Esito.CompareTo(b.Esito),
            _ => (_, _) => 0,
        };
        return (a, b) =>
        {
            var result = primo(a, b);
            if (result != 0) return result;
            result = a.OrdinePiano.CompareTo(b.OrdinePiano);
            return result != 0 ? result : a.Id.CompareTo(b.Id);
        };
    }

    private static Comparison<IndicatoreRiga> UltimiVuoti<T>(Func<IndicatoreRiga, T?> key, int segno, IComparer<T?> comparer) =>
        (a, b) => (key(a), key(b)) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (x, y) => segno * comparer.Compare(x, y),
        };

    private sealed record Valore(int Anno, decimal? Target, decimal? Consuntivo);

    private sealed record Dati(
        int Id, string Nome, int Ordine, string? Finalita, string? Formula, string? Note, string? Unita, Direzione Direzione,
        decimal? Target, decimal? SogliaRaggiunto, decimal? SogliaParziale, int PrimoAnno, int UltimoAnno, Guid Version,
        string ObiettivoCodice, string ObiettivoNome, int ObiettivoOrdine, string? StrategicoCodice, string? StrategicoNome,
        string ProgrammaCodice, string ProgrammaNome, int MissioneNumero, string MissioneNome, string Responsabile,
        List<Valore> Valori);
}
