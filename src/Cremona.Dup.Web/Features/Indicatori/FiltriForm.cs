namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>The GET filter form shared by the explorer and the summary per missione.</summary>
public sealed record FiltriForm(
    string Action,
    IndicatoriFiltro Filtro,
    IReadOnlyList<ElencoIndicatori.Opzione> Missioni,
    IReadOnlyList<ElencoIndicatori.Opzione> Programmi,
    IReadOnlyList<ElencoIndicatori.Opzione> Responsabili,
    IReadOnlyList<int> Anni,
    bool ConEsito);
