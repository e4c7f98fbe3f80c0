namespace Cremona.Dup.Web.Identity;

/// <summary>Named authorization policies for whole pages (resource checks use <see cref="Operations"/>).</summary>
public static class Policies
{
    /// <summary>Running the rounds: create, open, close, reopen, follow, remind, validate.</summary>
    public const string Segreteria = "Segreteria";

    /// <summary>Accounts, referenti and the application's settings.</summary>
    public const string Amministratore = "Amministratore";
}
