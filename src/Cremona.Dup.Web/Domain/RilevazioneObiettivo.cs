namespace Cremona.Dup.Web.Domain;

/// <summary>One obiettivo operativo in one round: its Stato di attuazione and Azioni correttive.</summary>
public sealed class RilevazioneObiettivo : IAudited
{
    private RilevazioneObiettivo() { }

    internal RilevazioneObiettivo(Rilevazione rilevazione, ObiettivoOperativo obiettivo)
    {
        Rilevazione = rilevazione;
        Obiettivo = obiettivo;
    }

    public int Id { get; private set; }
    public int RilevazioneId { get; private set; }
    public Rilevazione Rilevazione { get; private set; } = null!;
    public int ObiettivoOperativoId { get; private set; }
    public ObiettivoOperativo Obiettivo { get; private set; } = null!;
    public string? StatoAttuazione { get; private set; }
    public string? AzioniCorrettive { get; private set; }
    public StatoCompilazione Stato { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();
    public DateTime? UpdatedAtUtc { get; private set; }
    public string? UpdatedBy { get; private set; }

    /// <summary>Replaces both texts; the round must be open (seeding a closed round uses <see cref="Importa"/>).</summary>
    public void Update(string? statoAttuazione, string? azioniCorrettive)
    {
        if (!Rilevazione.IsOpen)
            throw new InvalidOperationException("La rilevazione non è aperta: i testi non sono modificabili.");
        if (Stato is StatoCompilazione.Inviato or StatoCompilazione.Validato)
            throw new InvalidOperationException("L'obiettivo è già stato inviato: non è modificabile finché non viene restituito.");
        SetTesti(statoAttuazione, azioniCorrettive);
        Stato = Stato == StatoCompilazione.Restituito ? StatoCompilazione.Restituito : StatoCompilazione.Bozza;
    }

    /// <summary>Loads texts of a past round from an official document, validated as they were published.</summary>
    public void Importa(string? statoAttuazione, string? azioniCorrettive)
    {
        SetTesti(statoAttuazione, azioniCorrettive);
        Stato = StatoCompilazione.Validato;
    }

    public void Touch(DateTime utcNow, string? user)
    {
        UpdatedAtUtc = utcNow;
        UpdatedBy = user;
    }

    private void SetTesti(string? statoAttuazione, string? azioniCorrettive)
    {
        var stato = Texts.Clean(statoAttuazione);
        var azioni = Texts.Clean(azioniCorrettive);
        if (stato?.Length > TextLimits.TestoLungo || azioni?.Length > TextLimits.TestoLungo)
            throw new ArgumentException($"Ogni testo può contenere al massimo {TextLimits.TestoLungo} caratteri.");
        StatoAttuazione = stato;
        AzioniCorrettive = azioni;
        Version = Guid.NewGuid();
    }
}
