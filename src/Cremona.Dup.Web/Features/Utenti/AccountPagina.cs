namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>The create or edit page: the input, the choices, and (on edit) the account's state and recent history.</summary>
public sealed record AccountPagina(
    AccountInput Input,
    IReadOnlyList<AccountPagina.Opzione> Responsabili,
    UtenteListItem? Utente,
    IReadOnlyList<AccountPagina.Modifica> Storia)
{
    public bool Nuovo => Utente is null;

    public sealed record Opzione(int Id, string Nome);

    public sealed record Modifica(DateTime AtUtc, string? Utente, string Campo, string? Prima, string? Dopo);
}
