using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>
/// The Amministratore's one-button actions on an account: deactivate, reactivate, unlock, reset the password. Each one
/// is audited in the same save; deactivation and reset renew the security stamp, so open sessions end.
/// </summary>
public sealed class AzioniAccount(AppDbContext db, UserManager<AppUser> users, RegistroAccount registro, TimeProvider time,
    IHttpContextAccessor http)
{
    public async Task<RisultatoAccount> DisattivaAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return RisultatoAccount.NonTrovato;
        if (!user.Attivo) return new(EsitoAccount.Salvato, UserId: id);
        if (http.HttpContext?.User is { } me && users.GetUserId(me) == id)
            return RisultatoAccount.Errore("", "Non puoi disattivare il tuo stesso account.");
        if (UltimoAmministratore.Violata(await users.IsInRoleAsync(user, Roles.Amministratore), false,
                await ModificaAccount.AltriAmministratoriAttiviAsync(users, id)))
            return RisultatoAccount.Errore("", UltimoAmministratore.MessaggioDisattivazione);

        user.Attivo = false;
        registro.Registra(id, "Attivo", "sì", "no (disattivato)");
        // The new stamp ends the sessions still open at their next check; the login refuses inactive accounts.
        return await SalvaAsync(() => users.UpdateSecurityStampAsync(user), id, ct);
    }

    public async Task<RisultatoAccount> RiattivaAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return RisultatoAccount.NonTrovato;
        if (user.Attivo) return new(EsitoAccount.Salvato, UserId: id);
        user.Attivo = true;
        registro.Registra(id, "Attivo", "no", "sì (riattivato)");
        return await SalvaAsync(() => users.UpdateAsync(user), id, ct);
    }

    public async Task<RisultatoAccount> SbloccaAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return RisultatoAccount.NonTrovato;
        var fino = user.LockoutEnd;
        if (fino is null || fino <= time.GetUtcNow()) return new(EsitoAccount.Salvato, UserId: id);
        registro.Registra(id, "Blocco", $"bloccato fino al {fino.Value.UtcDateTime:O}", "sbloccato");
        user.AccessFailedCount = 0;
        return await SalvaAsync(() => users.SetLockoutEndDateAsync(user, null), id, ct);
    }

    /// <summary>A new temporary password, returned once to be shown; the person must change it at the next login.</summary>
    public async Task<RisultatoAccount> ReimpostaPasswordAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return RisultatoAccount.NonTrovato;
        var password = PasswordTemporanea.Genera();
        user.CambioPasswordObbligatorio = true;
        registro.Registra(id, "Password", null, "reimpostata: temporanea, da cambiare al primo accesso");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await SalvaAsync(() => users.ResetPasswordAsync(user, token, password), id, ct);
        return result.Esito == EsitoAccount.Salvato ? result with { PasswordTemporanea = password } : result;
    }

    private async Task<RisultatoAccount> SalvaAsync(Func<Task<IdentityResult>> save, string id, CancellationToken ct)
    {
        // The Identity call saves the account and the audit rows already in the context in one SaveChanges.
        var result = await save();
        if (result.Succeeded) return new(EsitoAccount.Salvato, UserId: id);
        db.ChangeTracker.Clear();
        return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
            ? RisultatoAccount.Conflitto
            : new(EsitoAccount.DatiNonValidi, ControlliAccount.Errori(result.Errors));
    }
}
