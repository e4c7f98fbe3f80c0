namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>
/// Wakes the outbox sender: a use case that has just saved <see cref="Domain.EmailInUscita"/> rows may call
/// <see cref="Segnala"/> so they go out now rather than at the next pass. Optional: the sender also runs on a timer.
/// </summary>
public interface IEmailOutboxSignal
{
    void Segnala();
}
