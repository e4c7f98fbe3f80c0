using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>Indicators by esito for each missione, for the chart and the table beside it.</summary>
public sealed record RiepilogoMissioni(
    IndicatoriFiltro Filtro,
    CriteriIndicatori Criteri,
    IReadOnlyList<RiepilogoMissioni.Missione> Missioni,
    IReadOnlyList<ElencoIndicatori.Opzione> OpzioniMissioni,
    IReadOnlyList<ElencoIndicatori.Opzione> OpzioniProgrammi,
    IReadOnlyList<ElencoIndicatori.Opzione> OpzioniResponsabili,
    IReadOnlyList<int> Anni)
{
    public sealed record Missione(int Numero, string Nome, IReadOnlyDictionary<EsitoIndicatore, int> Conteggi)
    {
        public int Totale => Conteggi.Values.Sum();
    }

    public int Totale(EsitoIndicatore esito) => Missioni.Sum(m => m.Conteggi[esito]);
}
