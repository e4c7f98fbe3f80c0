namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>Value of <c>Email:Smtp:Sicurezza</c>: how the connection to the SMTP server is protected.</summary>
public enum SicurezzaSmtp
{
    /// <summary>Plain connection upgraded with STARTTLS (port 587); refused if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: only for a relay on the same host or a test sink.</summary>
    None,
}
