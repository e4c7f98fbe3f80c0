using System.Text.RegularExpressions;

namespace Cremona.Dup.Web.Domain;

/// <summary>The codes printed in the report, validated and normalised in one place.</summary>
public static partial class Codici
{
    public static string Programma(string codice) => Check(codice, ProgrammaPattern(), "programma", "1.02");

    public static string ObiettivoStrategico(string codice) => Check(codice, StrategicoPattern(), "obiettivo strategico", "B01");

    public static string ObiettivoOperativo(string codice) => Check(codice, OperativoPattern(), "obiettivo operativo", "C06");

    public static bool IsProgramma(string? codice) => codice is not null && ProgrammaPattern().IsMatch(codice);

    public static bool IsObiettivoOperativo(string? codice) => codice is not null && OperativoPattern().IsMatch(codice);

    public static bool IsObiettivoStrategico(string? codice) => codice is not null && StrategicoPattern().IsMatch(codice);

    /// <summary>Sort key of a programma code: "1.02" before "1.10" before "10.02".</summary>
    public static (int Missione, int Programma) ProgrammaSortKey(string codice)
    {
        var parts = codice.Split('.');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Check(string codice, Regex pattern, string what, string example)
    {
        ArgumentNullException.ThrowIfNull(codice);
        var trimmed = codice.Trim().ToUpperInvariant();
        if (!pattern.IsMatch(trimmed))
            throw new ArgumentException($"Codice di {what} non valido: \"{codice}\" (esempio: {example}).", nameof(codice));
        return trimmed;
    }

    [GeneratedRegex(@"^\d{1,2}\.\d{2}$")]
    private static partial Regex ProgrammaPattern();

    [GeneratedRegex(@"^B\d{2,4}$")]
    private static partial Regex StrategicoPattern();

    [GeneratedRegex(@"^C\d{2,5}$")]
    private static partial Regex OperativoPattern();
}
