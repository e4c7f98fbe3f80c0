namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>Settings under <c>Email</c> (see docs/email.md), validated at start-up by <see cref="EmailOptionsValidator"/>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public ModalitaEmail Modalita { get; set; } = ModalitaEmail.Pickup;

    /// <summary>Sender address of every message.</summary>
    public string Mittente { get; set; } = "dup@comune.cremona.example";

    public string NomeMittente { get; set; } = "Comune di Cremona – Cremona.Dup";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Absolute address of the application: relative links in messages become absolute against it.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Seconds between two passes of the outbox sender (it also wakes up when signalled).</summary>
    public int IntervalloSecondi { get; set; } = 30;

    /// <summary>Runs the background sender; when false messages stay queued in the outbox.</summary>
    public bool InvioAbilitato { get; set; } = true;
}
