using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>
/// The Amministratore creates an account with its roles and links and a temporary password, shown once, that the person
/// must change at the first login. Nothing is saved unless everything is valid; the creation is audited.
/// </summary>
public sealed class CreaAccount(AppDbContext db, UserManager<AppUser> users, ControlliAccount controlli, RegistroAccount registro)
{
    public async Task<RisultatoAccount> HandleAsync(AccountInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errori = new Dictionary<string, string>(StringComparer.Ordinal);
        var userName = input.UserName?.Trim() ?? "";
        if (userName.Length == 0) errori[nameof(AccountInput.UserName)] = "Indicare il nome utente.";
        else if (!NomeUtente.Valido(userName)) errori[nameof(AccountInput.UserName)] = NomeUtente.Messaggio;
        else if (await users.FindByNameAsync(userName) is not null)
            errori[nameof(AccountInput.UserName)] = $"Il nome utente \"{userName}\" è già in uso.";
        var nomi = await controlli.ValidaAsync(input, errori, ct);
        if (errori.Count > 0) return new(EsitoAccount.DatiNonValidi, errori);

        var user = new AppUser
        {
            UserName = userName,
            NomeCompleto = input.NomeCompleto!.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            ResponsabileId = input.ResponsabileId,
            CambioPasswordObbligatorio = true,
        };
        var password = PasswordTemporanea.Genera();
        // Two saves (the user, then roles, referenti and audit) in one transaction, retried as a whole by SQL Server's strategy.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                await tx.RollbackAsync(ct);
                return new RisultatoAccount(EsitoAccount.DatiNonValidi, ControlliAccount.Errori(created.Errors));
            }

            registro.Registra(user.Id, "Account", null, $"creato: {user.UserName}");
            registro.Registra(user.Id, "NomeCompleto", null, user.NomeCompleto);
            registro.Registra(user.Id, "Email", null, user.Email);
            registro.Registra(user.Id, "Ruoli", null, ControlliAccount.Ruoli(input.Ruoli));
            registro.Registra(user.Id, "Responsabile", null, input.ResponsabileId is { } rid ? nomi[rid] : null);
            registro.Registra(user.Id, "Referenti", null, ControlliAccount.Referenti(input.Referenti, nomi));
            registro.Registra(user.Id, "Password", null, "temporanea, da cambiare al primo accesso");
            foreach (var responsabileId in input.Referenti.Distinct())
                db.Referenti.Add(new Referente(user.Id, responsabileId));

            // AddToRolesAsync saves the user's roles together with the referenti and the audit rows above.
            var roles = await users.AddToRolesAsync(user, input.Ruoli.Distinct());
            if (!roles.Succeeded)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return new RisultatoAccount(EsitoAccount.DatiNonValidi, ControlliAccount.Errori(roles.Errors));
            }
            await tx.CommitAsync(ct);
            return new RisultatoAccount(EsitoAccount.Salvato, UserId: user.Id, PasswordTemporanea: password);
        });
    }
}
