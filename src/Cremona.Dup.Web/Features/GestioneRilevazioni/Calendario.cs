namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>Days to a deadline, counted from today in Cremona (<see cref="Infrastructure.Web.Formats.Oggi"/>).</summary>
public static class Calendario
{
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
