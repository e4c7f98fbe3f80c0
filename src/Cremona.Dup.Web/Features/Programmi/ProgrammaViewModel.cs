namespace Cremona.Dup.Web.Features.Programmi;

public sealed record ProgrammaViewModel(
    int MissioneNumero,
    string MissioneNome,
    string Codice,
    string Nome,
    string? Responsabili,
    string? Descrizione,
    string? MotivazioneScelte,
    string? FinalitaDaConseguire,
    string? RisorseUmane,
    string? RisorseStrumentali,
    IReadOnlyList<ProgrammaViewModel.ObiettivoItem> Obiettivi,
    bool Ritirato = false)
{
    public sealed record ObiettivoItem(
        string Codice, string Nome, string? StrategicoCodice, string? StrategicoNome, string ResponsabileGestionale,
        int Indicatori);
}
