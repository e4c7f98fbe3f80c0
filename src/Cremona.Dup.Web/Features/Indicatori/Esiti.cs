using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>How each esito is named in URLs (<c>esito=parziale</c>), on pages and in exports, and its badge colour.</summary>
public static class Esiti
{
    public static readonly IReadOnlyList<EsitoIndicatore> Tutti =
        [EsitoIndicatore.Raggiunto, EsitoIndicatore.ParzialmenteRaggiunto, EsitoIndicatore.NonRaggiunto, EsitoIndicatore.NonMisurato];

    public static string Parametro(EsitoIndicatore esito) => esito switch
    {
        EsitoIndicatore.Raggiunto => "raggiunto",
        EsitoIndicatore.ParzialmenteRaggiunto => "parziale",
        EsitoIndicatore.NonRaggiunto => "non-raggiunto",
        _ => "non-misurato",
    };

    public static string Etichetta(EsitoIndicatore esito) => esito switch
    {
        EsitoIndicatore.Raggiunto => "Raggiunto",
        EsitoIndicatore.ParzialmenteRaggiunto => "Parzialmente raggiunto",
        EsitoIndicatore.NonRaggiunto => "Non raggiunto",
        _ => "Non misurato",
    };

    /// <summary>Bootstrap Italia badge classes; the badge always carries the text too (never colour alone).</summary>
    public static string Badge(EsitoIndicatore esito) => esito switch
    {
        EsitoIndicatore.Raggiunto => "badge bg-success",
        EsitoIndicatore.ParzialmenteRaggiunto => "badge bg-warning",
        EsitoIndicatore.NonRaggiunto => "badge bg-danger",
        _ => "badge bg-secondary",
    };

    /// <summary>Chart colours, the same hues as the badges (the chart's table and legend carry the text).</summary>
    public static string Colore(EsitoIndicatore esito) => esito switch
    {
        EsitoIndicatore.Raggiunto => "#008055",
        EsitoIndicatore.ParzialmenteRaggiunto => "#995c00",
        EsitoIndicatore.NonRaggiunto => "#cc334d",
        _ => "#5d7083",
    };

    public static bool TryParse(string? text, out EsitoIndicatore esito)
    {
        foreach (var candidate in Tutti)
        {
            if (string.Equals(text?.Trim(), Parametro(candidate), StringComparison.OrdinalIgnoreCase))
            {
                esito = candidate;
                return true;
            }
        }
        esito = default;
        return false;
    }

    public static string Percentuale(decimal? percentuale) =>
        percentuale is { } p ? p.ToString("#,##0.0", Infrastructure.Web.Formats.Italian) + "%" : "";

    public static string Direzione(Direzione direzione) =>
        direzione == Domain.Direzione.PiuBassoMeglio ? "Più basso è meglio" : "Più alto è meglio";
}
