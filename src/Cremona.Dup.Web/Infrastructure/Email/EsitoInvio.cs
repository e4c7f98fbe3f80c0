namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>What one pass of the outbox sender did.</summary>
/// <param name="Inviate">Messages delivered.</param>
/// <param name="Fallite">Messages that failed (they stay in the outbox until <see cref="Domain.EmailInUscita.MaxTentativi"/>).</param>
/// <param name="Interrotto">The pass stopped early because the server or folder could not be reached.</param>
public sealed record EsitoInvio(int Inviate, int Fallite, bool Interrotto);
