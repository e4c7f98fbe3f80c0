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

    public static string Iso(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
