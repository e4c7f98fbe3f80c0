using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Impostazioni;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Data.Seeding;

/// <summary>
/// Runs at start-up: migrates the database, ensures the roles, the first administrator and (in demo mode)
/// the demo dataset. Any failure stops start-up rather than serving half a dataset.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db, RoleManager<IdentityRole> roles, UserManager<AppUser> users,
    IOptions<DemoOptions> demo, IOptions<BootstrapOptions> bootstrap, IServiceProvider services,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }

        if (demo.Value.Enabled)
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        }
        else if (bootstrap.Value.AdminPassword is { Length: > 0 } password && !await users.Users.AnyAsync(ct))
        {
            var admin = new AppUser { UserName = bootstrap.Value.AdminUserName, NomeCompleto = "Amministratore di sistema" };
            var created = await users.CreateAsync(admin, password);
            if (!created.Succeeded)
                throw new InvalidOperationException(
                    "Bootstrap:AdminPassword non valida: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(admin, Roles.Amministratore);
            admin.CambioPasswordObbligatorio = true;
            await users.UpdateAsync(admin);
            logger.LogWarning("Creato l'amministratore iniziale {UserName}: dovrà cambiare la password al primo accesso", admin.UserName);
        }

        await services.GetRequiredService<ImpostazioniLoader>().CaricaAsync(ct);
    }
}
