using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>
/// The explorer's result: every matching row in the chosen order (all pages: the exports use them as they are), the
/// counts per esito of the rows matching every filter but the esito, and the choices for the filter form, drawn from
/// the indicators the user may see.
/// </summary>
public sealed record ElencoIndicatori(
    CriteriIndicatori Criteri,
    IReadOnlyList<IndicatoreRiga> Righe,
    IReadOnlyDictionary<EsitoIndicatore, int> Conteggi,
    Soglie SogliePredefinite,
    IReadOnlyList<ElencoIndicatori.Opzione> Missioni,
    IReadOnlyList<ElencoIndicatori.Opzione> Programmi,
    IReadOnlyList<ElencoIndicatori.Opzione> Responsabili,
    IReadOnlyList<int> Anni)
{
    public sealed record Opzione(string Valore, string Etichetta);

    /// <summary>The years with at least one consuntivo among the rows: one export column each.</summary>
    public IReadOnlyList<int> AnniConValori => Righe.SelectMany(r => r.Consuntivi.Keys).Distinct().Order().ToList();

    public int Pagine => Math.Max(1, (Righe.Count + IndicatoriFiltro.PerPagina - 1) / IndicatoriFiltro.PerPagina);

    /// <summary>The requested page, or the last one when it asks beyond.</summary>
    public int Pagina => Math.Min(Criteri.Pagina, Pagine);

    public IReadOnlyList<IndicatoreRiga> RigheDellaPagina =>
        Righe.Skip((Pagina - 1) * IndicatoriFiltro.PerPagina).Take(IndicatoriFiltro.PerPagina).ToList();
}
