namespace Cremona.Dup.Web.Features.Ricerca;

public sealed record RisultatiRicerca(
    string? Query,
    string? Errore,
    IReadOnlyList<RisultatiRicerca.Voce> Programmi,
    IReadOnlyList<RisultatiRicerca.Voce> Obiettivi,
    IReadOnlyList<RisultatiRicerca.Voce> Indicatori)
{
    public const int MaxPerTipo = 50;

    public int Totale => Programmi.Count + Obiettivi.Count + Indicatori.Count;

    public static RisultatiRicerca Vuoti(string? query, string? errore = null) => new(query, errore, [], [], []);

    public sealed record Voce(string Codice, string Titolo, string Contesto, string Href);
}
