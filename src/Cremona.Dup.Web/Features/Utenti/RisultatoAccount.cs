namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>
/// The outcome of an account use case: <see cref="Errori"/> by form field when refused, the account's id, and the
/// temporary password to show once (creation, reset).
/// </summary>
public sealed record RisultatoAccount(
    EsitoAccount Esito, IReadOnlyDictionary<string, string>? Errori = null, string? UserId = null, string? PasswordTemporanea = null)
{
    public static readonly RisultatoAccount NonTrovato = new(EsitoAccount.NonTrovato);
    public static readonly RisultatoAccount Conflitto = new(EsitoAccount.Conflitto);

    public static RisultatoAccount Errore(string campo, string messaggio) =>
        new(EsitoAccount.DatiNonValidi, new Dictionary<string, string>(StringComparer.Ordinal) { [campo] = messaggio });
}
