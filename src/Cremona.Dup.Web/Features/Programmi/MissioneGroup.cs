namespace Cremona.Dup.Web.Features.Programmi;

public sealed record MissioneGroup(int Numero, string Nome, IReadOnlyList<ProgrammaListItem> Programmi)
{
    public int Obiettivi => Programmi.Sum(p => p.Obiettivi);
    public int Indicatori => Programmi.Sum(p => p.Indicatori);
}
