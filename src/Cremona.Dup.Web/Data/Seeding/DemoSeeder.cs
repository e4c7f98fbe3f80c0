using Cremona.Dup.Web.Data.Interceptors;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Data.Seeding;

/// <summary>
/// Demo mode: the Cremona 2019 plan, the demo accounts (decisions §6) and an open round 2019-12-31
/// whose deadline is three weeks from today. Idempotent.
/// </summary>
public sealed class DemoSeeder(
    AppDbContext db, PlanSeeder plan, UserManager<AppUser> users, IOptions<DemoOptions> options,
    TimeProvider time, AuditContext audit, ILogger<DemoSeeder> logger)
{
    public static readonly DateOnly OpenRoundDate = new(2019, 12, 31);

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await plan.SeedAsync(ct))
            logger.LogInformation("Demo: caricato il piano del Comune di Cremona 2019");

        await EnsureOpenRoundAsync(ct);

        var password = options.Value.Password;
        await EnsureUserAsync("segreteria", "Segreteria Generale", Roles.Segreteria, null, password);
        await EnsureUserAsync("controllo", "Controllo di gestione", Roles.ControlloGestione, null, password);
        await EnsureUserAsync("admin", "Amministratore di sistema", Roles.Amministratore, null, password);

        var gestionali = await db.ObiettiviOperativi.Select(o => o.ResponsabileGestionale).Distinct().ToListAsync(ct);
        foreach (var responsabile in gestionali)
            await EnsureUserAsync(UserNames.FromPersonName(responsabile.Nome), responsabile.Nome, Roles.Responsabile,
                responsabile, password);
    }

    private async Task EnsureOpenRoundAsync(CancellationToken ct)
    {
        if (await db.Rilevazioni.AnyAsync(r => r.Data == OpenRoundDate, ct)) return;
        var today = Formats.Oggi(time); // the day in Rome: between 23:00 and 24:00 UTC it is already tomorrow
        var round = new Rilevazione(OpenRoundDate, "Annuale 2019", today.AddDays(21));
        foreach (var obiettivo in await db.ObiettiviOperativi.OrderBy(o => o.Id).ToListAsync(ct))
            round.Includi(obiettivo);
        round.Apri(time.GetUtcNow().UtcDateTime);
        db.Rilevazioni.Add(round);
        // Preparing the demo is not a person's change: the audit trail starts empty.
        audit.Enabled = false;
        try { await db.SaveChangesAsync(ct); }
        finally { audit.Enabled = true; }
    }

    private async Task EnsureUserAsync(string userName, string nome, string role, Responsabile? responsabile, string password)
    {
        if (await users.FindByNameAsync(userName) is not null) return;
        var user = new AppUser
        {
            UserName = userName,
            Email = responsabile?.Email ?? $"{userName}@cremona.example",
            EmailConfirmed = true,
            NomeCompleto = nome,
            ResponsabileId = responsabile?.Id,
        };
        if (passwordHash is null)
        {
            // The first account: the password is validated and hashed (PBKDF2, tens of milliseconds)...
            Check(await users.CreateAsync(user, password), userName);
            passwordHash = user.PasswordHash;
        }
        else
        {
            // ...and the others, which share the same published demo password, get the same hash: hashing it again for
            // each of the few dozen demo accounts took seconds of every start on an empty database.
            user.PasswordHash = passwordHash;
            Check(await users.CreateAsync(user), userName);
        }
        Check(await users.AddToRoleAsync(user, role), userName);
    }

    private string? passwordHash;

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"Impossibile creare l'utente demo {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
