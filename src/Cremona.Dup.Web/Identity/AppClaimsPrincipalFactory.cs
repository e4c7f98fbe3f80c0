using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Identity;

/// <summary>Adds the linked responsabile and the display name to the login cookie.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.NomeCompleto, user.NomeCompleto));
        if (user.ResponsabileId is { } id)
            identity.AddClaim(new Claim(AppClaims.ResponsabileId, id.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
