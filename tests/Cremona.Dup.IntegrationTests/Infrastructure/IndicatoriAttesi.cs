using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>
/// What the explorer should show, read straight from the test's database: every indicator with its place in the plan
/// and its esito on the latest consuntivo (or a given year) by the domain's own achievement function.
/// </summary>
public static class IndicatoriAttesi
{
    public sealed record Atteso(
        int Id, string Nome, int Missione, string Programma, string? Strategico, string Obiettivo, int ResponsabileId,
        string Responsabile, int PrimoAnno, int UltimoAnno, EsitoIndicatore Esito, decimal? Percentuale);

    public static async Task<List<Atteso>> TuttiAsync(this DupAppFactory app, int? anno = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var impostazioni = await db.ImpostazioniIndicatori.SingleAsync();
        var indicatori = await db.Indicatori.AsNoTracking()
            .Include(i => i.Valori)
            .Include(i => i.Obiettivo).ThenInclude(o => o.Programma).ThenInclude(p => p.Missione)
            .Include(i => i.Obiettivo).ThenInclude(o => o.ObiettivoStrategico)
            .Include(i => i.Obiettivo).ThenInclude(o => o.ResponsabileGestionale)
            .ToListAsync();
        return indicatori.Select(i =>
        {
            var year = anno ?? i.Valori.Where(v => v.Consuntivo is not null).Select(v => (int?)v.Anno).Max();
            var valore = year is { } y ? i.Valori.Find(v => v.Anno == y) : null;
            var r = Raggiungimento.Calcola(valore?.Target ?? i.Target, valore?.Consuntivo, i.Direzione,
                i.SoglieEffettive(impostazioni.Soglie));
            return new Atteso(i.Id, i.Nome, i.Obiettivo.Programma.Missione.Numero, i.Obiettivo.Programma.Codice,
                i.Obiettivo.ObiettivoStrategico?.Codice, i.Obiettivo.Codice, i.Obiettivo.ResponsabileGestionaleId,
                i.Obiettivo.ResponsabileGestionale.Nome, i.PrimoAnno, i.UltimoAnno, r.Esito, r.Percentuale);
        }).ToList();
    }

    /// <summary>The ids of the explorer's rows over every page, in the order shown, and the total it announces.</summary>
    public static async Task<(List<int> Ids, int Totale)> RigheAsync(this HttpClient client, string query = "")
    {
        var ids = new List<int>();
        var separator = query.Length == 0 ? "?" : "&";
        var page = await client.GetDocumentAsync("/indicatori" + (query.Length == 0 ? "" : "?" + query));
        var totale = Totale(page);
        for (var p = 2; ; p++)
        {
            ids.AddRange(page.QuerySelectorAll("table#indicatori tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)));
            if (ids.Count >= totale || p > 50) break;
            page = await client.GetDocumentAsync("/indicatori" + (query.Length == 0 ? "" : "?" + query) + $"{separator}pagina={p}");
        }
        return (ids, totale);
    }

    public static int Totale(IDocument page)
    {
        var text = page.QuerySelector("h2#risultati")!.TextContent.Trim();
        return int.Parse(text.Split(' ')[0].Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
