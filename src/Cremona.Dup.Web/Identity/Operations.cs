using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Cremona.Dup.Web.Identity;

/// <summary>
/// What a user may do to one <see cref="Domain.RilevazioneObiettivo"/>; decided per resource by
/// <see cref="RilevazioneObiettivoAuthorizationHandler"/>, never by role alone.
/// </summary>
public static class Operations
{
    /// <summary>See the obiettivo's form in a round: its responsabile, Segreteria, Controllo di gestione, Amministratore.</summary>
    public static readonly OperationAuthorizationRequirement Leggi = new() { Name = nameof(Leggi) };

    /// <summary>Write the texts and indicator values.</summary>
    public static readonly OperationAuthorizationRequirement Compila = new() { Name = nameof(Compila) };

    /// <summary>Send to Segreteria (the responsabile only).</summary>
    public static readonly OperationAuthorizationRequirement Invia = new() { Name = nameof(Invia) };

    /// <summary>Validate a sent obiettivo (Segreteria).</summary>
    public static readonly OperationAuthorizationRequirement Valida = new() { Name = nameof(Valida) };

    /// <summary>Return a sent or validated obiettivo with a note (Segreteria).</summary>
    public static readonly OperationAuthorizationRequirement Restituisci = new() { Name = nameof(Restituisci) };
}
