using System.Globalization;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>Rounds are addressed by their reference date in URLs: <c>/rilevazioni/2019-12-31</c>.</summary>
public static class DataRilevazione
{
    public static bool TryParse(string? value, out DateOnly data) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out data);

    public static string Url(DateOnly data) => "/rilevazioni/" + data.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string UrlObiettivo(DateOnly data, string codice) => $"{Url(data)}/obiettivi/{codice}";
}
