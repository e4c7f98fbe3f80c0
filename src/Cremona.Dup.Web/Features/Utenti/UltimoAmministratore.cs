namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>The application must always keep one active Amministratore, or nobody could manage the accounts again.</summary>
public static class UltimoAmministratore
{
    public const string MessaggioRuolo =
        "Non è possibile togliere il ruolo di Amministratore all'ultimo amministratore attivo: nominare prima un altro amministratore.";

    public const string MessaggioDisattivazione =
        "Non è possibile disattivare l'ultimo amministratore attivo: nominare prima un altro amministratore.";

    /// <summary>True when the change would leave no active Amministratore.</summary>
    public static bool Violata(bool eraAmministratoreAttivo, bool saraAmministratoreAttivo, int altriAmministratoriAttivi) =>
        eraAmministratoreAttivo && !saraAmministratoreAttivo && altriAmministratoriAttivi == 0;
}
