using Cremona.Dup.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Cremona.Dup.Web.Identity;

/// <summary>
/// A responsabile writes and sends only the obiettivi whose responsabile gestionale they are, only while the round (or
/// the obiettivo) is open and the obiettivo is da compilare, in bozza or restituito. Segreteria may correct anything
/// not yet validated in an open round, and validates or returns. A referente of the responsabile reads and saves the
/// drafts under the same conditions as the responsabile, but never sends. Everybody else reads only.
/// The resource must be loaded with its <see cref="RilevazioneObiettivo.Rilevazione"/>.
/// </summary>
public sealed class RilevazioneObiettivoAuthorizationHandler
    : AuthorizationHandler<OperationAuthorizationRequirement, RilevazioneObiettivo>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, RilevazioneObiettivo resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        var user = context.User;
        var owner = user.IsInRole(Roles.Responsabile) && user.ResponsabileId() == resource.Obiettivo.ResponsabileGestionaleId;
        var referente = user.IsReferenteDi(resource.Obiettivo.ResponsabileGestionaleId);
        var segreteria = user.IsSegreteria();

        var allowed = requirement.Name switch
        {
            nameof(Operations.Leggi) => owner || referente || segreteria
                || user.IsInRole(Roles.ControlloGestione) || user.IsInRole(Roles.Amministratore),
            nameof(Operations.Compila) => ((owner || referente) && resource.IsCompilabile)
                || (segreteria && resource.IsAperto && resource.Stato != StatoCompilazione.Validato),
            nameof(Operations.Invia) => owner && resource.IsCompilabile,
            nameof(Operations.Valida) => segreteria && resource.IsAperto && resource.Stato == StatoCompilazione.Inviato,
            nameof(Operations.Restituisci) => segreteria && resource.IsAperto
                && resource.Stato is StatoCompilazione.Inviato or StatoCompilazione.Validato,
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
