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

    /// <summary>The responsabili whose drafts the user may write as a referente (never their own sending).</summary>
    public static IReadOnlyList<int> ReferenteDi(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindAll(AppClaims.ReferenteDi)
            .Select(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).ToList();
    }

    public static bool IsReferenteDi(this ClaimsPrincipal user, int responsabileId) => user.ReferenteDi().Contains(responsabileId);

    /// <summary>
    /// The responsabili whose obiettivi the user works on: their own (role Responsabile) and those they are referente
    /// of. Empty for everybody else.
    /// </summary>
    public static IReadOnlyList<int> ResponsabiliSeguiti(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var ids = new List<int>();
        if (user.IsInRole(Roles.Responsabile) && user.ResponsabileId() is { } own) ids.Add(own);
        ids.AddRange(user.ReferenteDi());
        return ids.Distinct().ToList();
    }

    public static bool IsSegreteria(this ClaimsPrincipal user) => user.IsInRole(Roles.Segreteria);

    public static bool IsAmministratore(this ClaimsPrincipal user) => user.IsInRole(Roles.Amministratore);
}
