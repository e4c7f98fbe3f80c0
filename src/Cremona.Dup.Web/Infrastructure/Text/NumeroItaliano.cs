using System.Globalization;
using System.Text.RegularExpressions;

namespace Cremona.Dup.Web.Infrastructure.Text;

/// <summary>
/// Reads numbers written the Italian way: "1.234,56", "1234,56", "-3,5", "1234". A dot alone is a thousands separator
/// only in groups of three ("1.234"); "1.5" is refused with a hint rather than guessed.
/// </summary>
public static partial class NumeroItaliano
{
    public const decimal Max = 99_999_999_999_999m;

    public static bool TryParse(string? text, out decimal? value, out string? error)
    {
        value = null;
        error = null;
        var s = text?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(s)) return true;
        if (s.EndsWith('%')) s = s[..^1];

        if (!Pattern().IsMatch(s))
        {
            error = DotDecimal().IsMatch(s)
                ? $"\"{text!.Trim()}\" non è un numero valido: usare la virgola per i decimali (es. {s.Replace('.', ',')})."
                : $"\"{text!.Trim()}\" non è un numero: scrivere ad esempio 1.234,56.";
            return false;
        }
        var invariant = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        if (!decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
            || Math.Abs(parsed) > Max)
        {
            error = $"\"{text!.Trim()}\" è fuori dai limiti ammessi.";
            return false;
        }
        value = parsed;
        return true;
    }

    public static string Format(decimal? value) =>
        value?.ToString("#,##0.####", CultureInfo.GetCultureInfo("it-IT")) ?? "";

    // Optional sign; digits with optional dot-thousands in groups of 3; optional comma decimals.
    [GeneratedRegex(@"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,4})?$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[+-]?\d+\.\d+$")]
    private static partial Regex DotDecimal();
}
