using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Home;

public sealed record HomeViewModel(
    string Nome,
    IReadOnlyList<string> Ruoli,
    int Programmi,
    int Obiettivi,
    int Indicatori,
    IReadOnlyList<HomeViewModel.RilevazioneItem> Rilevazioni,
    IReadOnlyList<HomeViewModel.ObiettivoItem> MieiObiettivi,
    IReadOnlyList<HomeViewModel.Attivita> MieAttivita)
{
    /// <summary>One obiettivo of the responsabile in a round that is open (or reopened for them).</summary>
    public sealed record Attivita(DateOnly Data, string Rilevazione, DateOnly? Scadenza, string Codice, string Nome, StatoCompilazione Stato)
    {
        public bool DaFare => Stato is StatoCompilazione.DaCompilare or StatoCompilazione.Bozza or StatoCompilazione.Restituito;
    }

    public sealed record RilevazioneItem(DateOnly Data, string Titolo, StatoRilevazione Stato, DateOnly? Scadenza);

    public sealed record ObiettivoItem(string Codice, string Nome, string ProgrammaCodice, string ProgrammaNome);
}
