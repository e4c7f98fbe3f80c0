namespace Cremona.Dup.Web.Features.Report;

public sealed record StampaViewModel(
    IReadOnlyList<Allegato6Report.RilevazioneInfo> Rilevazioni,
    IReadOnlyList<Allegato6Opzione> Programmi,
    Allegato6Filtro Filtro,
    Allegato6Report.RilevazioneInfo Rilevazione,
    Allegato6Conteggi Conteggi,
    bool Completo)
{
    public IEnumerable<(int Numero, string Nome)> Missioni => Programmi.Select(p => (p.MissioneNumero, p.MissioneNome)).Distinct();

    public bool Bozza => Rilevazione.Stato != Domain.StatoRilevazione.Chiusa;
}
