namespace Cremona.Dup.Web.Features.Promemoria;

/// <summary>The reminder to send now (none when only stale rules are left) and every rule to record as done.</summary>
/// <param name="Regola">The rule whose reminder goes out now, or null to record <paramref name="DaRegistrare"/> only.</param>
/// <param name="DaRegistrare">Every due rule not yet recorded, <paramref name="Regola"/> included.</param>
public sealed record PromemoriaDovuto(string? Regola, IReadOnlyList<string> DaRegistrare);
