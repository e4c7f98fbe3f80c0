using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Home;

public sealed record HomeViewModel(
    string Nome,
    IReadOnlyList<string> Ruoli,
    int Programmi,
    int Obiettivi,
    int Indicatori,
    IReadOnlyList<HomeViewModel.RilevazioneItem> Rilevazioni,
    IReadOnlyList<HomeViewModel.ObiettivoItem> MieiObiettivi)
{
    public sealed record RilevazioneItem(DateOnly Data, string Titolo, StatoRilevazione Stato, DateOnly? Scadenza);

    public sealed record ObiettivoItem(string Codice, string Nome, string ProgrammaCodice, string ProgrammaNome);
}
