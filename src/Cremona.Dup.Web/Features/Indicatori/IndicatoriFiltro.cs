using System.Globalization;
using Cremona.Dup.Web.Domain;
using Microsoft.AspNetCore.Http.Extensions;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>
/// The explorer's query string as typed (decisions §6): <c>missione</c>, <c>programma</c>, <c>obiettivo</c> (B… or C…),
/// <c>responsabile</c> (name or account name), <c>anno</c>, <c>esito</c>, <c>q</c>, <c>ordina</c>, <c>verso</c>,
/// <c>pagina</c>. Everything binds as text, so that a bad value becomes an Italian message, never a binding error.
/// </summary>
public sealed class IndicatoriFiltro
{
    public const int PerPagina = 50;
    public const int MaxTesto = 200;

    /// <summary>The sortable columns, in the order of the table.</summary>
    public static readonly IReadOnlyList<string> Colonne =
        ["missione", "programma", "strategico", "obiettivo", "responsabile", "indicatore", "target", "consuntivo", "raggiungimento", "esito"];

    public string? Missione { get; set; }
    public string? Programma { get; set; }
    public string? Obiettivo { get; set; }
    public string? Responsabile { get; set; }
    public string? Anno { get; set; }
    public string? Esito { get; set; }
    public string? Q { get; set; }
    public string? Ordina { get; set; }
    public string? Verso { get; set; }
    public string? Pagina { get; set; }

    /// <summary>The filters that are set, by query-string name, in a stable order (without sort and page).</summary>
    public IReadOnlyList<(string Nome, string Valore)> Filtri()
    {
        var list = new List<(string Nome, string Valore)>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) list.Add((name, value.Trim()));
        }
        Add("missione", Missione);
        Add("programma", Programma);
        Add("obiettivo", Obiettivo);
        Add("responsabile", Responsabile);
        Add("anno", Anno);
        Add("esito", Esito);
        Add("q", Q);
        return list;
    }

    public bool HaFiltri => Filtri().Count > 0;

    /// <summary>
    /// A query string with the current filters and sort, minus <paramref name="senza"/>, plus <paramref name="con"/>;
    /// never the page (a changed view starts from page 1 unless <paramref name="con"/> says otherwise).
    /// </summary>
    public string Query(string? senza = null, params (string Nome, string? Valore)[] con)
    {
        var values = Filtri().Select(f => (Nome: f.Nome, Valore: (string?)f.Valore)).ToList();
        if (!string.IsNullOrWhiteSpace(Ordina)) values.Add(("ordina", Ordina.Trim()));
        if (!string.IsNullOrWhiteSpace(Verso)) values.Add(("verso", Verso.Trim()));
        values.RemoveAll(v => string.Equals(v.Nome, senza, StringComparison.Ordinal)
            || con.Any(c => string.Equals(c.Nome, v.Nome, StringComparison.Ordinal)));
        values.AddRange(con.Where(c => !string.IsNullOrEmpty(c.Valore)));
        var query = new QueryBuilder(values.Select(v => new KeyValuePair<string, string>(v.Nome, v.Valore!)));
        return query.ToString();
    }

    public CriteriIndicatori Analizza()
    {
        var errori = new List<string>();

        int? missione = null;
        if (!string.IsNullOrWhiteSpace(Missione))
        {
            if (int.TryParse(Missione.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is > 0 and < 100) missione = m;
            else errori.Add($"La missione «{Breve(Missione)}» non è valida: indicare il numero della missione, ad esempio 1.");
        }

        string? programma = null;
        if (!string.IsNullOrWhiteSpace(Programma))
        {
            if (Codici.IsProgramma(Programma.Trim())) programma = Programma.Trim();
            else errori.Add($"Il programma «{Breve(Programma)}» non è valido: indicare il codice del programma, ad esempio 1.02.");
        }

        string? strategico = null, operativo = null;
        if (!string.IsNullOrWhiteSpace(Obiettivo))
        {
            var code = Obiettivo.Trim().ToUpperInvariant();
            if (Codici.IsObiettivoStrategico(code)) strategico = code;
            else if (Codici.IsObiettivoOperativo(code)) operativo = code;
            else errori.Add($"L'obiettivo «{Breve(Obiettivo)}» non è valido: indicare il codice di un obiettivo strategico (ad esempio B01) o operativo (ad esempio C06).");
        }

        string? responsabile = null;
        if (!string.IsNullOrWhiteSpace(Responsabile))
        {
            responsabile = UserNames.FromPersonName(Responsabile);
            if (responsabile.Length == 0)
                errori.Add($"Il responsabile «{Breve(Responsabile)}» non è valido: indicare cognome e nome, ad esempio Di Girolamo Gabriella.");
        }

        int? anno = null;
        if (!string.IsNullOrWhiteSpace(Anno))
        {
            if (int.TryParse(Anno.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a is >= Anni.Min and <= Anni.Max) anno = a;
            else errori.Add($"L'anno «{Breve(Anno)}» non è valido: indicare un anno di quattro cifre tra {Anni.Min} e {Anni.Max}, ad esempio 2018.");
        }

        EsitoIndicatore? esito = null;
        if (!string.IsNullOrWhiteSpace(Esito))
        {
            if (Esiti.TryParse(Esito, out var e)) esito = e;
            else errori.Add($"L'esito «{Breve(Esito)}» non è valido: indicare raggiunto, parziale, non-raggiunto oppure non-misurato.");
        }

        string? testo = null;
        if (!string.IsNullOrWhiteSpace(Q))
        {
            testo = Texts.CollapseSpaces(Q);
            if (testo.Length > MaxTesto) errori.Add($"Il testo da cercare può contenere al massimo {MaxTesto} caratteri.");
        }

        // Sort and page are not filters: an unknown value falls back to the plan order and the first page.
        var ordina = Colonne.FirstOrDefault(c => string.Equals(c, Ordina?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? "";
        var discendente = string.Equals(Verso?.Trim(), "desc", StringComparison.OrdinalIgnoreCase);
        var pagina = int.TryParse(Pagina?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;

        return new CriteriIndicatori(missione, programma, strategico, operativo, responsabile, anno, esito, testo, ordina,
            discendente, pagina, errori);
    }

    private static string Breve(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 40 ? trimmed : trimmed[..40] + "…";
    }
}
