using System.Security.Claims;
using Cremona.Dup.Web.Identity;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>
/// What a user may print: everything (Segreteria, Controllo di gestione, Amministratore) or only the obiettivi of
/// one responsabile gestionale.
/// </summary>
public sealed record Allegato6Scope(int? ResponsabileId)
{
    public static readonly Allegato6Scope Tutto = new((int?)null);

    public bool Completo => ResponsabileId is null;

    public string Chiave => ResponsabileId is { } id ? $"resp-{id}" : "tutto";

    /// <summary>The user's scope, or null when the user may not print the report at all.</summary>
    public static Allegato6Scope? Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Segreteria) || user.IsInRole(Roles.ControlloGestione) || user.IsInRole(Roles.Amministratore))
            return Tutto;
        if (user.IsInRole(Roles.Responsabile) && user.ResponsabileId() is { } id) return new Allegato6Scope(id);
        return null;
    }
}
