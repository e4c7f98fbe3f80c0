namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>The transport cannot deliver anything right now: the outbox stops the pass instead of failing every message.</summary>
public sealed class EmailTransportUnavailableException : Exception
{
    public EmailTransportUnavailableException() { }

    public EmailTransportUnavailableException(string message) : base(message) { }

    public EmailTransportUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
