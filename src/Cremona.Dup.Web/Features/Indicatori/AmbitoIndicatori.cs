using System.Security.Claims;
using Cremona.Dup.Web.Identity;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>
/// Which indicators a user may see: Segreteria, Controllo di gestione and Amministratore all of them; a responsabile
/// only those of the obiettivi whose responsabile gestionale they are (the <c>dup:responsabile</c> claim).
/// </summary>
public static class AmbitoIndicatori
{
    /// <summary>Null for every indicator, otherwise the responsabile id to filter on (0 matches nothing).</summary>
    public static int? ResponsabileDi(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Segreteria) || user.IsInRole(Roles.ControlloGestione) || user.IsInRole(Roles.Amministratore))
            return null;
        return user.ResponsabileId() ?? 0;
    }
}
