using Cremona.Dup.Web.Infrastructure.Web;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>"Today" for deadlines is the date in Cremona, not in UTC.</summary>
public static class Calendario
{
    public static DateOnly Oggi(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Formats.Oggi(time);
    }

    /// <summary>"mancano 5 giorni", "scade oggi", "scaduta da 2 giorni", or null without a deadline.</summary>
    public static string? GiorniAllaScadenza(DateOnly? scadenza, DateOnly oggi)
    {
        if (scadenza is not { } s) return null;
        var giorni = s.DayNumber - oggi.DayNumber;
        return giorni switch
        {
            0 => "scade oggi",
            1 => "manca 1 giorno",
            > 1 => $"mancano {giorni} giorni",
            -1 => "scaduta da 1 giorno",
            _ => $"scaduta da {-giorni} giorni",
        };
    }
}
