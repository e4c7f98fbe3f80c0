using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>
/// The Amministratore edits an account's name, e-mail, roles, linked responsabile and referenti: validated, never
/// leaving the app without an active Amministratore, refused when someone else saved the account meanwhile, audited
/// field by field. A change of roles or links renews the security stamp, so the person's open sessions end.
/// </summary>
public sealed class ModificaAccount(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn,
    ControlliAccount controlli, RegistroAccount registro, IHttpContextAccessor http)
{
    public async Task<RisultatoAccount> HandleAsync(string id, AccountInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await db.Users.Include(u => u.Referenze).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return RisultatoAccount.NonTrovato;
        // A stale form (someone saved the account after it was read) is refused; Identity's own stamp check guards the
        // moment between this read and the save.
        if (!string.Equals(user.ConcurrencyStamp, input.ConcurrencyStamp, StringComparison.Ordinal)) return RisultatoAccount.Conflitto;

        var errori = new Dictionary<string, string>(StringComparer.Ordinal);
        var nomi = await controlli.ValidaAsync(input, errori, ct);
        var ruoliPrima = (await users.GetRolesAsync(user)).ToList();
        var ruoliDopo = input.Ruoli.Distinct().ToList();
        if (errori.Count == 0 && UltimoAmministratore.Violata(
                user.Attivo && ruoliPrima.Contains(Roles.Amministratore),
                user.Attivo && ruoliDopo.Contains(Roles.Amministratore),
                await AltriAmministratoriAttiviAsync(users, user.Id)))
            errori[nameof(AccountInput.Ruoli)] = UltimoAmministratore.MessaggioRuolo;
        if (errori.Count > 0) return new(EsitoAccount.DatiNonValidi, errori);

        var referentiPrima = user.Referenze.Select(r => r.ResponsabileId).ToList();
        var nomiPrima = await db.Responsabili.AsNoTracking()
            .Where(r => referentiPrima.Contains(r.Id) || r.Id == user.ResponsabileId).ToDictionaryAsync(r => r.Id, r => r.Nome, ct);
        foreach (var (k, v) in nomi) nomiPrima[k] = v;

        var collegamenti = user.ResponsabileId != input.ResponsabileId
            || !referentiPrima.Order().SequenceEqual(input.Referenti.Distinct().Order())
            || !ruoliPrima.Order(StringComparer.Ordinal).SequenceEqual(ruoliDopo.Order(StringComparer.Ordinal));

        // Up to four saves (account, roles out, roles in, stamp) in one transaction, retried as a whole by SQL Server's strategy.
        var saved = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
            var nome = input.NomeCompleto!.Trim();
            registro.Registra(user.Id, "NomeCompleto", user.NomeCompleto, nome);
            registro.Registra(user.Id, "Email", user.Email, email);
            registro.Registra(user.Id, "Ruoli", ControlliAccount.Ruoli(ruoliPrima), ControlliAccount.Ruoli(ruoliDopo));
            registro.Registra(user.Id, "Responsabile", user.ResponsabileId is { } a ? nomiPrima[a] : null,
                input.ResponsabileId is { } b ? nomiPrima[b] : null);
            registro.Registra(user.Id, "Referenti", ControlliAccount.Referenti(referentiPrima, nomiPrima),
                ControlliAccount.Referenti(input.Referenti.Distinct(), nomiPrima));

            user.NomeCompleto = nome;
            user.Email = email;
            user.ResponsabileId = input.ResponsabileId;
            db.Referenti.RemoveRange(user.Referenze.Where(r => !input.Referenti.Contains(r.ResponsabileId)));
            foreach (var responsabileId in input.Referenti.Distinct().Except(referentiPrima))
                db.Referenti.Add(new Referente(user.Id, responsabileId));

            var result = await users.UpdateAsync(user);
            if (result.Succeeded && ruoliPrima.Except(ruoliDopo).ToList() is { Count: > 0 } tolti)
                result = await users.RemoveFromRolesAsync(user, tolti);
            if (result.Succeeded && ruoliDopo.Except(ruoliPrima).ToList() is { Count: > 0 } aggiunti)
                result = await users.AddToRolesAsync(user, aggiunti);
            if (result.Succeeded && collegamenti)
                result = await users.UpdateSecurityStampAsync(user);
            if (!result.Succeeded)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                    ? RisultatoAccount.Conflitto
                    : new RisultatoAccount(EsitoAccount.DatiNonValidi, ControlliAccount.Errori(result.Errors));
            }
            await tx.CommitAsync(ct);
            return (RisultatoAccount?)null;
        });
        if (saved is not null) return saved;
        // Editing one's own roles: the new cookie carries them at once.
        if (collegamenti && http.HttpContext?.User is { } me && users.GetUserId(me) == user.Id)
            await signIn.RefreshSignInAsync(user);
        return new(EsitoAccount.Salvato, UserId: user.Id);
    }

    public static async Task<int> AltriAmministratoriAttiviAsync(UserManager<AppUser> users, string id)
    {
        ArgumentNullException.ThrowIfNull(users);
        return (await users.GetUsersInRoleAsync(Roles.Amministratore)).Count(u => u.Attivo && u.Id != id);
    }
}
