using Microsoft.AspNetCore.Identity;

namespace Cremona.Dup.Web.Identity;

/// <summary>Identity's error messages in Italian.</summary>
public sealed class ItalianIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Si è verificato un errore imprevisto.");
    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Il dato è stato modificato da un altro utente nel frattempo.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Password non corretta.");
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Il nome utente \"{userName}\" non è valido.");
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Il nome utente \"{userName}\" è già in uso.");
    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), $"L'indirizzo e-mail \"{email}\" è già in uso.");
    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"L'indirizzo e-mail \"{email}\" non è valido.");
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"La password deve contenere almeno {length} caratteri.");
    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "La password deve contenere almeno una cifra.");
    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "La password deve contenere almeno una lettera minuscola.");
    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "La password deve contenere almeno una lettera maiuscola.");
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "La password deve contenere almeno un carattere non alfanumerico.");
    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"L'utente ha già il ruolo {role}.");
    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), $"L'utente non ha il ruolo {role}.");
    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "Il blocco non è abilitato per questo utente.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
