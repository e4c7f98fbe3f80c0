using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cremona.Dup.Web.Features.Account;

/// <summary>
/// A signed-in user changes their own password (forced after a reset): checks the current one, clears the forced change,
/// records that the password changed (never its value) and renews the login cookie without the forced-change claim.
/// </summary>
public sealed class CambiaPropriaPassword(AppDbContext db, SignInManager<AppUser> signIn, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> HandleAsync(ClaimsPrincipal principal, CambiaPasswordInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var users = signIn.UserManager;
        var user = await users.GetUserAsync(principal);
        if (user is null || !user.Attivo) return ["Account non trovato o disattivato."];
        if (input.PasswordAttuale == input.NuovaPassword)
            return ["La nuova password deve essere diversa da quella attuale."];

        var forced = user.CambioPasswordObbligatorio;
        user.CambioPasswordObbligatorio = false;
        db.Audit.Add(AuditEntry.PerChiave(time.GetUtcNow().UtcDateTime, user.UserName, AuditAccount.Entita, user.Id,
            "Password", null, forced ? "cambiata dall'utente (era temporanea)" : "cambiata dall'utente"));
        // ChangePasswordAsync saves the user, the flag and the audit row in one SaveChanges.
        var result = await users.ChangePasswordAsync(user, input.PasswordAttuale!, input.NuovaPassword!);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return result.Errors.Select(e => e.Description).ToList();
        }
        await signIn.RefreshSignInAsync(user);
        return [];
    }
}
