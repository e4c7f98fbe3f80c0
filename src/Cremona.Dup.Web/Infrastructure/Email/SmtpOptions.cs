namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>Settings under <c>Email:Smtp</c>, used when <c>Email:Modalita</c> is <c>Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SicurezzaSmtp Sicurezza { get; set; } = SicurezzaSmtp.StartTls;
    public string? Utente { get; set; }
    public string? Password { get; set; }
}
