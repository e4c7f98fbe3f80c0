using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Indicatori;

public sealed record IndicatoreViewModel(
    int Id,
    string Nome,
    string? Finalita,
    string? Formula,
    string? Note,
    string? Unita,
    Direzione Direzione,
    decimal? Target,
    decimal? SogliaRaggiunto,
    decimal? SogliaParziale,
    Soglie SogliePredefinite,
    Soglie SoglieEffettive,
    Guid Version,
    int MissioneNumero,
    string MissioneNome,
    string ProgrammaCodice,
    string ProgrammaNome,
    string? StrategicoCodice,
    string? StrategicoNome,
    string ObiettivoCodice,
    string ObiettivoNome,
    string Responsabile,
    IReadOnlyList<IndicatoreViewModel.Anno> Anni,
    IReadOnlyList<IndicatoreViewModel.Modifica> Storia)
{
    public bool HaSoglieProprie => SogliaRaggiunto is not null && SogliaParziale is not null;

    public sealed record Anno(int Valore, decimal? Target, decimal? Consuntivo, Raggiungimento Raggiungimento);

    public sealed record Modifica(DateTime AtUtc, string? Utente, string Campo, string? Prima, string? Dopo);
}
