using System.Globalization;
using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Identity;

/// <summary>
/// Adds the linked responsabile, the responsabili the account is referente of, the forced password change and the
/// display name to the login cookie.
/// </summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.NomeCompleto, user.NomeCompleto));
        if (user.ResponsabileId is { } id)
            identity.AddClaim(new Claim(AppClaims.ResponsabileId, id.ToString(CultureInfo.InvariantCulture)));
        var referenze = await db.Referenti.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.ResponsabileId).ToListAsync();
        foreach (var responsabileId in referenze.Order())
            identity.AddClaim(new Claim(AppClaims.ReferenteDi, responsabileId.ToString(CultureInfo.InvariantCulture)));
        if (user.CambioPasswordObbligatorio)
            identity.AddClaim(new Claim(AppClaims.CambioPassword, "1"));
        return identity;
    }
}
