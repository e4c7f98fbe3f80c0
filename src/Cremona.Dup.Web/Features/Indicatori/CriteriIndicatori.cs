using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>
/// The explorer's filters once read and checked. <see cref="Errori"/> holds an Italian message per value that cannot
/// be understood (a year of letters, an unknown esito…): then nothing matches, and the page says why.
/// </summary>
public sealed record CriteriIndicatori(
    int? Missione,
    string? Programma,
    string? Strategico,
    string? Operativo,
    string? Responsabile,
    int? Anno,
    EsitoIndicatore? Esito,
    string? Testo,
    string Ordina,
    bool Discendente,
    int Pagina,
    IReadOnlyList<string> Errori)
{
    public bool Validi => Errori.Count == 0;
}
