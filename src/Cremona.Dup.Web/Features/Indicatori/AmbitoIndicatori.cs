using System.Security.Claims;
using Cremona.Dup.Web.Identity;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>
/// Which indicators a user may see: Segreteria, Controllo di gestione and Amministratore all of them; a responsabile
/// only those of the obiettivi whose responsabile gestionale they are (the <c>dup:responsabile</c> claim), plus those of
/// the responsabili they are referente of (<c>dup:referente</c>).
/// </summary>
public static class AmbitoIndicatori
{
    /// <summary>Null for every indicator, otherwise the responsabile ids to filter on (empty matches nothing).</summary>
    public static IReadOnlyList<int>? ResponsabiliDi(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Segreteria) || user.IsInRole(Roles.ControlloGestione) || user.IsInRole(Roles.Amministratore))
            return null;
        var ids = new List<int>();
        if (user.ResponsabileId() is { } own) ids.Add(own);
        ids.AddRange(user.ReferenteDi());
        return ids.Distinct().ToList();
    }
}
