namespace Cremona.Dup.Web.Features.Piano;

/// <summary>The plan as a tree for Segreteria: missioni → programmi → obiettivi operativi, and the obiettivi strategici.</summary>
public sealed record PianoViewModel(
    int AnnoCorrente,
    bool MostraRitirati,
    int Ritirati,
    IReadOnlyList<PianoViewModel.MissioneItem> Missioni,
    IReadOnlyList<PianoViewModel.StrategicoItem> Strategici)
{
    public sealed record MissioneItem(int Numero, string Nome, IReadOnlyList<ProgrammaItem> Programmi);

    public sealed record ProgrammaItem(string Codice, string Nome, bool Ritirato, IReadOnlyList<ObiettivoItem> Obiettivi);

    public sealed record ObiettivoItem(string Codice, string Nome, string Responsabile, int Indicatori, bool Ritirato);

    public sealed record StrategicoItem(string Codice, string Nome, int Obiettivi, bool Ritirato);
}
