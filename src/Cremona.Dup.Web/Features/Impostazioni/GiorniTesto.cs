using System.Globalization;

namespace Cremona.Dup.Web.Features.Impostazioni;

/// <summary>A list of days as typed ("7, 2" or "7 2"): whole numbers, at most 10.</summary>
public static class GiorniTesto
{
    public static bool TryParse(string? testo, out IReadOnlyList<int>? giorni)
    {
        giorni = null;
        if (string.IsNullOrWhiteSpace(testo)) return true;
        var parti = testo.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var list = new List<int>();
        foreach (var p in parti)
        {
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var g)) return false;
            list.Add(g);
        }
        if (list.Count is 0 or > 10) return false;
        giorni = list;
        return true;
    }

    public static string? Format(IReadOnlyList<int>? giorni) =>
        giorni is null ? null : string.Join(", ", giorni.Select(g => g.ToString(CultureInfo.InvariantCulture)));
}
