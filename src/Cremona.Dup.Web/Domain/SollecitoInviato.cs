namespace Cremona.Dup.Web.Domain;

/// <summary>
/// A reminder sent to a responsabile for a round under a rule ("prima-7", "dopo-1", "manuale-…"):
/// the persisted log that keeps an automatic reminder from going out twice, across restarts.
/// </summary>
public sealed class SollecitoInviato
{
    private SollecitoInviato() { Regola = ""; }

    public SollecitoInviato(int rilevazioneId, int responsabileId, string regola, DateTime inviatoAtUtc, string? destinatario)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regola);
        RilevazioneId = rilevazioneId;
        ResponsabileId = responsabileId;
        Regola = regola;
        InviatoAtUtc = inviatoAtUtc;
        Destinatario = destinatario;
    }

    public long Id { get; private set; }
    public int RilevazioneId { get; private set; }
    public int ResponsabileId { get; private set; }
    public string Regola { get; private set; }
    public DateTime InviatoAtUtc { get; private set; }
    public string? Destinatario { get; private set; }
}
