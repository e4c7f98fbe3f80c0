namespace Cremona.Dup.Web.Features.Piano;

/// <summary>The preview of the year roll-over: what is carried over to the next plan year and what is not.</summary>
public sealed record NuovoAnnoViewModel(
    int AnnoCorrente,
    Guid Version,
    int Programmi,
    int Obiettivi,
    int Indicatori,
    int ProgrammiRitirati,
    int ObiettiviRitirati,
    int IndicatoriRitirati,
    int Rilevazioni,
    int Consuntivi)
{
    public int AnnoNuovo => AnnoCorrente + 1;
}
