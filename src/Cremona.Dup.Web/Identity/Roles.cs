namespace Cremona.Dup.Web.Identity;

/// <summary>The application's roles.</summary>
public static class Roles
{
    public const string Segreteria = "Segreteria";
    public const string ControlloGestione = "ControlloGestione";
    public const string Responsabile = "Responsabile";
    public const string Amministratore = "Amministratore";

    public static readonly IReadOnlyList<string> All = [Segreteria, ControlloGestione, Responsabile, Amministratore];

    public static string Etichetta(string role) => role switch
    {
        Segreteria => "Segreteria Generale",
        ControlloGestione => "Controllo di gestione",
        Responsabile => "Responsabile di settore",
        Amministratore => "Amministratore di sistema",
        _ => role,
    };
}
