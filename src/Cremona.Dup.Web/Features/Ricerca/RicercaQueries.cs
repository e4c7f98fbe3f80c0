using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Ricerca;

/// <summary>Finds programmi, obiettivi operativi and indicators by code or by words (every word must match).</summary>
public sealed class RicercaQueries(AppDbContext db)
{
    public const int MaxQueryLength = 200;
    private const string Escape = "\\";

    public async Task<RisultatiRicerca> CercaAsync(string? query, CancellationToken ct)
    {
        var q = query?.Trim();
        if (string.IsNullOrEmpty(q)) return RisultatiRicerca.Vuoti(null);
        if (q.Length > MaxQueryLength)
            return RisultatiRicerca.Vuoti(q[..MaxQueryLength], $"Il testo da cercare può contenere al massimo {MaxQueryLength} caratteri.");
        var words = q.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().Take(8).ToArray();
        if (words.All(w => w.Length < 2))
            return RisultatiRicerca.Vuoti(q, "Indicare almeno due caratteri da cercare.");

        // The plan as it is: retired items stay reachable by their own pages, not by the search.
        var programmi = db.Programmi.AsNoTracking().Where(p => !p.Ritirato);
        var obiettivi = db.ObiettiviOperativi.AsNoTracking().Where(o => !o.Ritirato && !o.Programma.Ritirato);
        var indicatori = db.Indicatori.AsNoTracking()
            .Where(i => !i.Ritirato && !i.Obiettivo.Ritirato && !i.Obiettivo.Programma.Ritirato);
        foreach (var word in words)
        {
            var like = "%" + EscapeLike(word) + "%";
            programmi = programmi.Where(p => EF.Functions.Like(p.Codice, like, Escape) || EF.Functions.Like(p.Nome, like, Escape));
            obiettivi = obiettivi.Where(o => EF.Functions.Like(o.Codice, like, Escape) || EF.Functions.Like(o.Nome, like, Escape)
                || (o.DescrizioneSintetica != null && EF.Functions.Like(o.DescrizioneSintetica, like, Escape))
                || (o.ObiettivoStrategico != null && (EF.Functions.Like(o.ObiettivoStrategico.Codice, like, Escape)
                    || EF.Functions.Like(o.ObiettivoStrategico.Nome, like, Escape))));
            indicatori = indicatori.Where(i => EF.Functions.Like(i.Nome, like, Escape)
                || (i.Finalita != null && EF.Functions.Like(i.Finalita, like, Escape)));
        }

        var p = await programmi.OrderBy(x => x.Ordine).Take(RisultatiRicerca.MaxPerTipo)
            .Select(x => new RisultatiRicerca.Voce(x.Codice, x.Nome, "Missione " + x.Missione.Numero + " – " + x.Missione.Nome,
                "/programmi/" + x.Codice))
            .ToListAsync(ct);
        var o = await obiettivi.OrderBy(x => x.Programma.Ordine).ThenBy(x => x.Ordine).Take(RisultatiRicerca.MaxPerTipo)
            .Select(x => new RisultatiRicerca.Voce(x.Codice, x.Nome,
                "Programma " + x.Programma.Codice + " – " + x.Programma.Nome, "/obiettivi/" + x.Codice))
            .ToListAsync(ct);
        var i = await indicatori.OrderBy(x => x.Obiettivo.Programma.Ordine).ThenBy(x => x.Obiettivo.Ordine).ThenBy(x => x.Ordine)
            .Take(RisultatiRicerca.MaxPerTipo)
            .Select(x => new RisultatiRicerca.Voce(x.Obiettivo.Codice, x.Nome,
                "Obiettivo " + x.Obiettivo.Codice + " – " + x.Obiettivo.Nome, "/obiettivi/" + x.Obiettivo.Codice))
            .ToListAsync(ct);
        return new RisultatiRicerca(q, null, p, o, i);
    }

    // LIKE is case-insensitive on SQLite (ASCII) and on SQL Server's default collation; the user's % and _ are literal.
    private static string EscapeLike(string word) =>
        word.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
}
