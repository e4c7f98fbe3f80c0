namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>Value of <c>Email:Modalita</c>: where the outbox delivers.</summary>
public enum ModalitaEmail
{
    /// <summary>Each message becomes an <c>.eml</c> file in <c>{App:DataFolder}/mail</c> (development, demo).</summary>
    Pickup,

    /// <summary>Each message goes to the SMTP server in <c>Email:Smtp</c>.</summary>
    Smtp,
}
