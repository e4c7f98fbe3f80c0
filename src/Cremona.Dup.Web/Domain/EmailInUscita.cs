namespace Cremona.Dup.Web.Domain;

/// <summary>
/// An e-mail waiting to be sent (outbox): written in the same transaction as the action that causes it, delivered
/// afterwards by a background sender that retries, so that an SMTP failure never undoes or loses the action.
/// </summary>
public sealed class EmailInUscita
{
    public const int MaxTentativi = 10;

    private EmailInUscita() { Destinatario = Oggetto = Testo = ""; }

    public EmailInUscita(string destinatario, string? nomeDestinatario, string oggetto, string testo, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destinatario);
        ArgumentException.ThrowIfNullOrWhiteSpace(oggetto);
        Destinatario = destinatario.Trim();
        NomeDestinatario = nomeDestinatario;
        Oggetto = oggetto.Trim();
        Testo = testo;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }
    public string Destinatario { get; private set; }
    public string? NomeDestinatario { get; private set; }
    public string Oggetto { get; private set; }
    public string Testo { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? InviataAtUtc { get; private set; }
    public int Tentativi { get; private set; }
    public string? UltimoErrore { get; private set; }

    public bool DaInviare => InviataAtUtc is null && Tentativi < MaxTentativi;

    public void SegnaInviata(DateTime utcNow)
    {
        InviataAtUtc = utcNow;
        UltimoErrore = null;
    }

    public void SegnaFallita(string errore)
    {
        Tentativi++;
        UltimoErrore = errore.Length > 1000 ? errore[..1000] : errore;
    }
}
