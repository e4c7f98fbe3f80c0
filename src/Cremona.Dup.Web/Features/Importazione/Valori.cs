using System.Globalization;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>How cell values become the values the domain stores, so that an unchanged file compares equal.</summary>
public static class Valori
{
    private static readonly CultureInfo Italiano = CultureInfo.GetCultureInfo("it-IT");

    /// <summary>Decimals are stored with 4 decimal places (decimal(18,4)).</summary>
    public static decimal Arrotonda(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    public static string? Numero(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Numero(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value shown in the preview: numbers in Italian format, long texts cut.</summary>
    public static string Mostra(string? value, string campo)
    {
        if (value is null) return "(vuoto)";
        if (campo is "Target" && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return d.ToString("#,##0.####", Italiano);
        return value.Length > 300 ? value[..300] + "…" : value;
    }

    public static string Nome(string value) => value.Trim();

    public static string Persona(string value) => Texts.CollapseSpaces(value);
}
