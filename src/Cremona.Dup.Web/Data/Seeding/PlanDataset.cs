using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cremona.Dup.Web.Data.Seeding;

/// <summary>The shape of <c>Dataset/piano-2019.json</c> (documented in docs/dataset.md).</summary>
public sealed record PlanDataset(
    string Ente,
    int AnnoPiano,
    PlanDataset.RilevazioneDataset Rilevazione,
    List<PlanDataset.MissioneDataset> Missioni,
    List<PlanDataset.ObiettivoStrategicoDataset> ObiettiviStrategici,
    List<PlanDataset.ProgrammaDataset> Programmi,
    List<PlanDataset.NotaDataset>? Note)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public sealed record RilevazioneDataset(DateOnly Data, string Titolo, string? TitoloReport);

    public sealed record MissioneDataset(int Numero, string Nome);

    public sealed record ObiettivoStrategicoDataset(string Codice, string Nome);

    public sealed record NotaDataset(string Dove, string Decisione);

    public sealed record ProgrammaDataset(
        string Codice,
        int Missione,
        string Nome,
        string? Responsabili,
        string? Descrizione,
        string? MotivazioneScelte,
        string? FinalitaDaConseguire,
        string? RisorseUmane,
        string? RisorseStrumentali,
        List<ObiettivoOperativoDataset> ObiettiviOperativi);

    public sealed record ObiettivoOperativoDataset(
        string Codice,
        string Nome,
        string? ObiettivoStrategico,
        string? ResponsabilePolitico,
        string ResponsabileGestionale,
        string? DescrizioneSintetica,
        string? Gap,
        string? Stakeholder,
        string? SettoriCoinvolti,
        Dictionary<string, string?>? Definizioni,
        string? StatoAttuazione,
        string? AzioniCorrettive,
        List<IndicatoreDataset> Indicatori);

    public sealed record IndicatoreDataset(
        string Nome,
        string? Finalita,
        string? Formula,
        decimal? Target,
        List<int> Anni,
        Dictionary<string, decimal?>? Consuntivi,
        string? Note);
}
