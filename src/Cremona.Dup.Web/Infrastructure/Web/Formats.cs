using System.Globalization;

namespace Cremona.Dup.Web.Infrastructure.Web;

/// <summary>it-IT display of numbers and dates (1.234,56; 30/06/2019).</summary>
public static class Formats
{
    public static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static string Numero(decimal? value) => value?.ToString("#,##0.00", Italian) ?? "";

    public static string Data(DateOnly value) => value.ToString("dd/MM/yyyy", Italian);

    public static string Data(DateOnly? value) => value is { } d ? Data(d) : "";

    public static string DataEstesa(DateOnly value) => value.ToString("d MMMM yyyy", Italian);

    public static string DataOra(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Rome).ToString("dd/MM/yyyy HH:mm", Italian);

    /// <summary>Today in Europe/Rome, the day the Comune's people live in.</summary>
    public static DateOnly Oggi(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, Rome));
    }

    /// <summary>"mancano 5 giorni", "scade oggi", "scaduta da 2 giorni".</summary>
    public static string Scadenza(DateOnly scadenza, DateOnly oggi)
    {
        var giorni = scadenza.DayNumber - oggi.DayNumber;
        return giorni switch
        {
            > 1 => $"mancano {giorni} giorni",
            1 => "manca 1 giorno",
            0 => "scade oggi",
            -1 => "scaduta da 1 giorno",
            _ => $"scaduta da {-giorni} giorni",
        };
    }

    public static string Iso(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
