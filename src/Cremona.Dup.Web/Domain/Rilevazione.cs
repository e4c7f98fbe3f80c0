namespace Cremona.Dup.Web.Domain;

/// <summary>A monitoring round, identified by its reference date (30 June or 31 December).</summary>
public sealed class Rilevazione : IAuditTrail
{
    private Rilevazione() { Titolo = ""; }

    public Rilevazione(DateOnly data, string titolo, DateOnly? scadenza, int? annoConsuntivo = null,
        bool chiedeStatoAttuazione = true, bool chiedeAzioniCorrettive = true)
    {
        if (!IsDataDiRiferimento(data))
            throw new ArgumentException("La data di riferimento deve essere il 30 giugno o il 31 dicembre.", nameof(data));
        Anni.Check(data.Year);
        Data = data;
        Titolo = "";
        Modifica(titolo, scadenza, annoConsuntivo ?? data.Year, chiedeStatoAttuazione, chiedeAzioniCorrettive);
    }

    public int Id { get; private set; }
    public DateOnly Data { get; private set; }
    public string Titolo { get; private set; }
    public DateOnly? Scadenza { get; private set; }

    /// <summary>The year whose indicator consuntivi the round asks for.</summary>
    public int AnnoConsuntivo { get; private set; }

    /// <summary>Whether the round asks for the Stato di attuazione and the Azioni correttive texts.</summary>
    public bool ChiedeStatoAttuazione { get; private set; } = true;

    public bool ChiedeAzioniCorrettive { get; private set; } = true;

    public StatoRilevazione Stato { get; private set; }

    /// <summary>When the round was first opened: an indicator retired after it still belongs to this round.</summary>
    public DateTime? ApertaIlUtc { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();
    public List<RilevazioneObiettivo> Obiettivi { get; private set; } = [];

    public bool IsOpen => Stato == StatoRilevazione.Aperta;

    /// <summary>"al 30 giugno 2019", as in the report's title.</summary>
    public string DataEstesa => Data.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("it-IT"));

    public static bool IsDataDiRiferimento(DateOnly data) =>
        (data.Month == 6 && data.Day == 30) || (data.Month == 12 && data.Day == 31);

    public RilevazioneObiettivo Includi(ObiettivoOperativo obiettivo)
    {
        ArgumentNullException.ThrowIfNull(obiettivo);
        var existing = Obiettivi.Find(o => o.Obiettivo == obiettivo);
        if (existing is not null) return existing;
        var item = new RilevazioneObiettivo(this, obiettivo);
        Obiettivi.Add(item);
        return item;
    }

    /// <summary>Title, deadline and what the round asks; the year of the consuntivi is fixed once the round is open.</summary>
    public void Modifica(string titolo, DateOnly? scadenza, int annoConsuntivo, bool chiedeStatoAttuazione, bool chiedeAzioniCorrettive)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(titolo);
        if (Stato == StatoRilevazione.Chiusa)
            throw new InvalidOperationException("Una rilevazione chiusa non è modificabile.");
        if (Stato != StatoRilevazione.InPreparazione && annoConsuntivo != AnnoConsuntivo)
            throw new InvalidOperationException("L'anno dei consuntivi non si può cambiare dopo l'apertura.");
        Anni.Check(annoConsuntivo);
        if (annoConsuntivo > Data.Year || annoConsuntivo < Data.Year - 1)
            throw new ArgumentException("L'anno dei consuntivi deve essere l'anno della rilevazione o quello precedente.", nameof(annoConsuntivo));
        if (!chiedeStatoAttuazione && !chiedeAzioniCorrettive)
            throw new ArgumentException("La rilevazione deve chiedere almeno lo stato di attuazione o le azioni correttive.");
        Titolo = titolo.Trim();
        Scadenza = scadenza;
        AnnoConsuntivo = annoConsuntivo;
        ChiedeStatoAttuazione = chiedeStatoAttuazione;
        ChiedeAzioniCorrettive = chiedeAzioniCorrettive;
        Version = Guid.NewGuid();
    }

    public void Apri(DateTime adessoUtc)
    {
        if (Stato != StatoRilevazione.InPreparazione)
            throw new InvalidOperationException("Si può aprire solo una rilevazione in preparazione.");
        Stato = StatoRilevazione.Aperta;
        ApertaIlUtc ??= adessoUtc;
        Version = Guid.NewGuid();
    }

    public void Chiudi()
    {
        if (Stato != StatoRilevazione.Aperta)
            throw new InvalidOperationException("Si può chiudere solo una rilevazione aperta.");
        Stato = StatoRilevazione.Chiusa;
        foreach (var item in Obiettivi) item.ChiudiRiapertura();
        Version = Guid.NewGuid();
    }

    /// <summary>Reopens the whole closed round (Segreteria only, with a reason recorded by the caller).</summary>
    public void Riapri()
    {
        if (Stato != StatoRilevazione.Chiusa)
            throw new InvalidOperationException("Si può riaprire solo una rilevazione chiusa.");
        Stato = StatoRilevazione.Aperta;
        Version = Guid.NewGuid();
    }

    int? IAuditTrail.AuditObiettivoId => null;

    int? IAuditTrail.AuditRilevazioneId => Id;
}
