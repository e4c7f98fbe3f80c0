using System.Globalization;
using System.Security.Claims;

namespace Cremona.Dup.Web.Identity;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The id of the responsabile linked to the account, or null.</summary>
    public static int? ResponsabileId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return int.TryParse(user.FindFirstValue(AppClaims.ResponsabileId), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id : null;
    }

    public static bool IsSegreteria(this ClaimsPrincipal user) => user.IsInRole(Roles.Segreteria);
}
