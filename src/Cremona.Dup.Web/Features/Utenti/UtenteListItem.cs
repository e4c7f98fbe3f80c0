namespace Cremona.Dup.Web.Features.Utenti;

public sealed record UtenteListItem(
    string Id, string UserName, string NomeCompleto, string? Email, IReadOnlyList<string> Ruoli, string? Responsabile,
    IReadOnlyList<string> ReferenteDi, bool Attivo, DateTime? BloccatoFinoUtc, bool CambioPasswordObbligatorio);
