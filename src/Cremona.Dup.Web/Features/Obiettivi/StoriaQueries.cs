using System.Globalization;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Text;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Obiettivi;

/// <summary>
/// The history of an obiettivo operativo from the audit trail: two queries (the obiettivo with its indicators, one page
/// of audit rows with their round and user), labels and values in Italian, word-level differences of the texts.
/// </summary>
public sealed class StoriaQueries(AppDbContext db)
{
    /// <summary>Audit rows (changed fields) per page: a busy obiettivo stays fast.</summary>
    public const int PageSize = 100;

    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public async Task<StoriaViewModel?> StoriaAsync(string codice, int pagina, CancellationToken ct)
    {
        if (!Codici.IsObiettivoOperativo(codice?.ToUpperInvariant())) return null;
        var code = codice!.ToUpperInvariant();
        pagina = Math.Max(1, pagina);

        var obiettivo = await db.ObiettiviOperativi.AsNoTracking()
            .Where(o => o.Codice == code)
            .Select(o => new
            {
                o.Id,
                o.Codice,
                o.Nome,
                ProgrammaCodice = o.Programma.Codice,
                Indicatori = o.Indicatori.Select(i => new IndicatoreRef(i.Id, i.Nome, i.Ordine,
                    db.ValoriRilevazioni.Where(v => v.IndicatoreId == i.Id).Select(v => v.Id).ToList())).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (obiettivo is null) return null;

        var rows = await (
                from a in db.Audit.AsNoTracking()
                where a.ObiettivoOperativoId == obiettivo.Id
                join r in db.Rilevazioni on a.RilevazioneId equals (int?)r.Id into rilevazioni
                from r in rilevazioni.DefaultIfEmpty()
                join u in db.Users on a.Utente equals u.UserName into utenti
                from u in utenti.DefaultIfEmpty()
                orderby a.AtUtc descending, a.Id descending
                select new Riga(a.Id, a.AtUtc, a.Utente ?? "", u == null ? null : u.NomeCompleto, a.Entita, a.EntitaId,
                    r == null ? null : (DateOnly?)r.Data, r == null ? null : r.Titolo, r == null ? null : (int?)r.AnnoConsuntivo,
                    a.Campo, a.ValorePrecedente, a.ValoreNuovo, a.Nota))
            .Skip((pagina - 1) * PageSize)
            .Take(PageSize + 1)
            .ToListAsync(ct);

        rows = await NomiDeiRiferimentiAsync(rows, ct);
        var indicatori = obiettivo.Indicatori.ToDictionary(i => i.Id);
        var perValore = obiettivo.Indicatori.SelectMany(i => i.Valori.Select(v => (Valore: v, Indicatore: i)))
            .ToDictionary(x => x.Valore, x => x.Indicatore);

        var salvataggi = rows.Take(PageSize)
            .GroupBy(r => (r.AtUtc, r.Utente))
            .Select(g =>
            {
                var righe = g.Select(r => (Riga: r, Indicatore: IndicatoreOf(r, indicatori, perValore)))
                    .OrderBy(x => Rank(x.Riga.Entita, x.Riga.Campo, x.Indicatore))
                    .ThenBy(x => x.Riga.Id)
                    .ToList();
                return new StoriaViewModel.Salvataggio(
                    g.Key.AtUtc,
                    TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(g.Key.AtUtc, DateTimeKind.Utc), Rome),
                    g.Key.Utente,
                    g.First().NomeUtente,
                    g.Where(r => r.RilevazioneData is not null)
                        .Select(r => new StoriaViewModel.RilevazioneRef(r.RilevazioneData!.Value, r.RilevazioneTitolo!))
                        .Distinct().OrderBy(r => r.Data).ToList(),
                    g.Select(r => r.Nota).FirstOrDefault(n => n is not null),
                    righe.Select(x => Modifica(x.Riga, x.Indicatore)).ToList());
            })
            .ToList();

        return new StoriaViewModel(obiettivo.Codice, obiettivo.Nome, obiettivo.ProgrammaCodice, pagina,
            rows.Count > PageSize, salvataggi);
    }

    /// <summary>The plan's ties changed by Segreteria (responsabile, programma, obiettivo strategico) by name, not by id.</summary>
    private async Task<List<Riga>> NomiDeiRiferimentiAsync(List<Riga> rows, CancellationToken ct)
    {
        static IEnumerable<int> Ids(IEnumerable<Riga> rows, string campo) => rows.Where(r => r.Campo == campo)
            .SelectMany(r => new[] { r.ValorePrecedente, r.ValoreNuovo })
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct();
        var legami = rows.Where(r => r.Entita == nameof(ObiettivoOperativo)).ToList();
        if (legami.Count == 0) return rows;
        var responsabili = Ids(legami, nameof(ObiettivoOperativo.ResponsabileGestionaleId)).ToList();
        var programmi = Ids(legami, nameof(ObiettivoOperativo.ProgrammaId)).ToList();
        var strategici = Ids(legami, nameof(ObiettivoOperativo.ObiettivoStrategicoId)).ToList();
        var nomi = new Dictionary<(string, int), string>();
        foreach (var r in await db.Responsabili.AsNoTracking().Where(r => responsabili.Contains(r.Id)).Select(r => new { r.Id, r.Nome }).ToListAsync(ct))
            nomi[(nameof(ObiettivoOperativo.ResponsabileGestionaleId), r.Id)] = r.Nome;
        foreach (var p in await db.Programmi.AsNoTracking().Where(p => programmi.Contains(p.Id)).Select(p => new { p.Id, p.Codice, p.Nome }).ToListAsync(ct))
            nomi[(nameof(ObiettivoOperativo.ProgrammaId), p.Id)] = $"{p.Codice} – {p.Nome}";
        foreach (var o in await db.ObiettiviStrategici.AsNoTracking().Where(o => strategici.Contains(o.Id)).Select(o => new { o.Id, o.Codice, o.Nome }).ToListAsync(ct))
            nomi[(nameof(ObiettivoOperativo.ObiettivoStrategicoId), o.Id)] = $"{o.Codice} – {o.Nome}";
        string? Nome(string campo, string? valore) =>
            int.TryParse(valore, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && nomi.TryGetValue((campo, id), out var nome)
                ? nome : valore;
        return rows.Select(r => r.Entita == nameof(ObiettivoOperativo)
                ? r with { ValorePrecedente = Nome(r.Campo, r.ValorePrecedente), ValoreNuovo = Nome(r.Campo, r.ValoreNuovo) }
                : r)
            .ToList();
    }

    private static IndicatoreRef? IndicatoreOf(Riga r, Dictionary<int, IndicatoreRef> indicatori,
        Dictionary<int, IndicatoreRef> perValore) => r.Entita switch
        {
            nameof(ValoreRilevazione) => perValore.GetValueOrDefault(r.EntitaId),
            nameof(Indicatore) => indicatori.GetValueOrDefault(r.EntitaId),
            _ => null,
        };

    /// <summary>Reading order inside a save: the obiettivo's state and texts, then each indicator in the plan's order.</summary>
    private static (int, int, int) Rank(string entita, string campo, IndicatoreRef? indicatore) => entita switch
    {
        nameof(RilevazioneObiettivo) => (0, 0, Array.IndexOf(CampiRilevazione, campo) is var i and >= 0 ? i : CampiRilevazione.Length),
        nameof(ValoreRilevazione) => (1, indicatore?.Ordine ?? int.MaxValue, campo == nameof(ValoreRilevazione.Consuntivo) ? 0 : 1),
        _ => (2, indicatore?.Ordine ?? int.MaxValue, 0),
    };

    private static readonly string[] CampiRilevazione =
    [
        nameof(RilevazioneObiettivo.Stato), nameof(RilevazioneObiettivo.StatoAttuazione),
        nameof(RilevazioneObiettivo.AzioniCorrettive), nameof(RilevazioneObiettivo.NotaRestituzione),
        nameof(RilevazioneObiettivo.Riaperto), nameof(RilevazioneObiettivo.InviatoAtUtc), nameof(RilevazioneObiettivo.InviatoDa),
        nameof(RilevazioneObiettivo.ValidatoAtUtc), nameof(RilevazioneObiettivo.ValidatoDa),
    ];

    private static StoriaViewModel.Modifica Modifica(Riga r, IndicatoreRef? indicatore)
    {
        var (campo, tipo) = Campo(r, indicatore);
        if (tipo == Tipo.Testo)
        {
            var diff = r.ValorePrecedente is not null && r.ValoreNuovo is not null
                ? TextDiff.Compute(r.ValorePrecedente, r.ValoreNuovo)
                : null;
            return new StoriaViewModel.Modifica(campo, true, r.ValorePrecedente, r.ValoreNuovo, diff);
        }
        return new StoriaViewModel.Modifica(campo, false, Valore(tipo, r.ValorePrecedente), Valore(tipo, r.ValoreNuovo), null);
    }

    /// <summary>The field's name as a person reads it, and how to show its values.</summary>
    private static (string Campo, Tipo Tipo) Campo(Riga r, IndicatoreRef? indicatore)
    {
        var nome = indicatore is null ? "" : " – " + indicatore.Nome;
        return (r.Entita, r.Campo) switch
        {
            (nameof(RilevazioneObiettivo), nameof(RilevazioneObiettivo.StatoAttuazione)) => ("Stato di attuazione", Tipo.Testo),
            (nameof(RilevazioneObiettivo), nameof(RilevazioneObiettivo.AzioniCorrettive)) => ("Azioni correttive", Tipo.Testo),
            (nameof(RilevazioneObiettivo), nameof(RilevazioneObiettivo.Stato)) => ("Stato", Tipo.Stato),
            (nameof(RilevazioneObiettivo), nameof(RilevazioneObiettivo.NotaRestituzione)) => ("Nota di restituzione", Tipo.Testo),
            (nameof(RilevazioneObiettivo), nameof(RilevazioneObiettivo.Riaperto)) => ("Riaperto dopo la chiusura", Tipo.SiNo),
            (nameof(RilevazioneObiettivo), nameof(RilevazioneObiettivo.InviatoAtUtc)) => ("Inviato il", Tipo.DataOra),
            (nameof(RilevazioneObiettivo), nameof(RilevazioneObiettivo.InviatoDa)) => ("Inviato da", Tipo.Semplice),
            (nameof(RilevazioneObiettivo), nameof(RilevazioneObiettivo.ValidatoAtUtc)) => ("Validato il", Tipo.DataOra),
            (nameof(RilevazioneObiettivo), nameof(RilevazioneObiettivo.ValidatoDa)) => ("Validato da", Tipo.Semplice),
            (nameof(ValoreRilevazione), nameof(ValoreRilevazione.Consuntivo)) =>
                ($"Consuntivo{(r.AnnoConsuntivo is { } anno ? " " + anno.ToString(CultureInfo.InvariantCulture) : "")}{nome}", Tipo.Numero),
            (nameof(ValoreRilevazione), nameof(ValoreRilevazione.Nota)) => ("Nota indicatore" + nome, Tipo.Testo),
            (nameof(Indicatore), nameof(Domain.Indicatore.Nome)) => ("Nome indicatore" + nome, Tipo.Testo),
            (nameof(Indicatore), nameof(Domain.Indicatore.Finalita)) => ("Finalità indicatore" + nome, Tipo.Testo),
            (nameof(Indicatore), nameof(Domain.Indicatore.Formula)) => ("Formula indicatore" + nome, Tipo.Testo),
            (nameof(Indicatore), nameof(Domain.Indicatore.Note)) => ("Note indicatore" + nome, Tipo.Testo),
            (nameof(Indicatore), nameof(Domain.Indicatore.Target)) => ("Target indicatore" + nome, Tipo.Numero),
            (nameof(Indicatore), nameof(Domain.Indicatore.Direzione)) => ("Direzione indicatore" + nome, Tipo.Direzione),
            (nameof(Indicatore), nameof(Domain.Indicatore.PrimoAnno)) => ("Primo anno indicatore" + nome, Tipo.Semplice),
            (nameof(Indicatore), nameof(Domain.Indicatore.UltimoAnno)) => ("Ultimo anno indicatore" + nome, Tipo.Semplice),
            (nameof(Indicatore), nameof(Domain.Indicatore.Ordine)) => ("Ordine indicatore" + nome, Tipo.Semplice),
            (nameof(Indicatore), nameof(Domain.Indicatore.Ritirato)) => ("Indicatore ritirato" + nome, Tipo.SiNo),
            (nameof(ObiettivoOperativo), nameof(ObiettivoOperativo.Nome)) => ("Nome dell'obiettivo", Tipo.Testo),
            (nameof(ObiettivoOperativo), nameof(ObiettivoOperativo.ProgrammaId)) => ("Programma", Tipo.Semplice),
            (nameof(ObiettivoOperativo), nameof(ObiettivoOperativo.ObiettivoStrategicoId)) => ("Obiettivo strategico", Tipo.Semplice),
            (nameof(ObiettivoOperativo), nameof(ObiettivoOperativo.ResponsabileGestionaleId)) => ("Responsabile gestionale", Tipo.Semplice),
            (nameof(ObiettivoOperativo), nameof(ObiettivoOperativo.ResponsabilePolitico)) => ("Responsabile politico", Tipo.Semplice),
            (nameof(ObiettivoOperativo), nameof(ObiettivoOperativo.DescrizioneSintetica)) => ("Descrizione sintetica", Tipo.Testo),
            (nameof(ObiettivoOperativo), nameof(ObiettivoOperativo.Gap)) => ("Gap", Tipo.Testo),
            (nameof(ObiettivoOperativo), nameof(ObiettivoOperativo.Stakeholder)) => ("Stakeholder", Tipo.Testo),
            (nameof(ObiettivoOperativo), nameof(ObiettivoOperativo.SettoriCoinvolti)) => ("Settori coinvolti", Tipo.Testo),
            (nameof(ObiettivoOperativo), nameof(ObiettivoOperativo.Ritirato)) => ("Ritirato dal piano", Tipo.SiNo),
            (nameof(DefinizioneObiettivo), nameof(DefinizioneObiettivo.Testo)) => ("Definizione", Tipo.Testo),
            (nameof(DefinizioneObiettivo), nameof(DefinizioneObiettivo.Anno)) => ("Anno della definizione", Tipo.Semplice),
            _ => (r.Campo + nome, Tipo.Semplice),
        };
    }

    /// <summary>An audit value (invariant text) as shown in Italian; null stays null ("nessun valore").</summary>
    private static string? Valore(Tipo tipo, string? raw)
    {
        if (raw is null) return null;
        var inv = CultureInfo.InvariantCulture;
        return tipo switch
        {
            Tipo.Numero when decimal.TryParse(raw, NumberStyles.Number, inv, out var d) => d.ToString("#,##0.00########", Formats.Italian),
            Tipo.Stato when Enum.TryParse<StatoCompilazione>(raw, out var s) => StatoLabel(s),
            Tipo.SiNo when bool.TryParse(raw, out var b) => b ? "Sì" : "No",
            Tipo.DataOra when DateTime.TryParse(raw, inv, DateTimeStyles.RoundtripKind, out var t) =>
                Formats.DataOra(t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : t),
            Tipo.Direzione when Enum.TryParse<Direzione>(raw, out var dir) =>
                dir == Direzione.PiuBassoMeglio ? "Più basso è meglio" : "Più alto è meglio",
            _ => raw,
        };
    }

    public static string StatoLabel(StatoCompilazione stato) => stato switch
    {
        StatoCompilazione.DaCompilare => "Da compilare",
        StatoCompilazione.Bozza => "In bozza",
        StatoCompilazione.Inviato => "Inviato",
        StatoCompilazione.Restituito => "Restituito",
        StatoCompilazione.Validato => "Validato",
        _ => stato.ToString(),
    };

    private enum Tipo
    {
        Semplice,
        Testo,
        Numero,
        Stato,
        SiNo,
        DataOra,
        Direzione,
    }

    private sealed record IndicatoreRef(int Id, string Nome, int Ordine, List<int> Valori);

    private sealed record Riga(
        long Id, DateTime AtUtc, string Utente, string? NomeUtente, string Entita, int EntitaId,
        DateOnly? RilevazioneData, string? RilevazioneTitolo, int? AnnoConsuntivo,
        string Campo, string? ValorePrecedente, string? ValoreNuovo, string? Nota);
}
