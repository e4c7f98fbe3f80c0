using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>
/// One indicator in the explorer and its exports: where it sits in the plan, its target, the consuntivo of the year
/// looked at (the latest one, or the <c>anno</c> filter's) and its achievement. <see cref="Consuntivi"/> holds every
/// year that has a value, for the exports' year columns.
/// </summary>
public sealed record IndicatoreRiga(
    int Id,
    int MissioneNumero,
    string MissioneNome,
    string ProgrammaCodice,
    string ProgrammaNome,
    string? StrategicoCodice,
    string? StrategicoNome,
    string ObiettivoCodice,
    string ObiettivoNome,
    string Responsabile,
    string Nome,
    string? Unita,
    Direzione Direzione,
    decimal? Target,
    int? Anno,
    decimal? Consuntivo,
    Raggiungimento Raggiungimento,
    IReadOnlyDictionary<int, decimal> Consuntivi,
    (int Missione, int Programma, int Obiettivo, int Indicatore) OrdinePiano)
{
    public EsitoIndicatore Esito => Raggiungimento.Esito;
}
