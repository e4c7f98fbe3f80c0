namespace Cremona.Dup.Web.Domain;

/// <summary>A monitoring round, identified by its reference date (30 June or 31 December).</summary>
public sealed class Rilevazione
{
    private Rilevazione() { Titolo = ""; }

    public Rilevazione(DateOnly data, string titolo, DateOnly? scadenza)
    {
        if (!IsDataDiRiferimento(data))
            throw new ArgumentException("La data di riferimento deve essere il 30 giugno o il 31 dicembre.", nameof(data));
        ArgumentException.ThrowIfNullOrWhiteSpace(titolo);
        Anni.Check(data.Year);
        Data = data;
        Titolo = titolo.Trim();
        Scadenza = scadenza;
        AnnoConsuntivo = data.Year;
    }

    public int Id { get; private set; }
    public DateOnly Data { get; private set; }
    public string Titolo { get; private set; }
    public DateOnly? Scadenza { get; private set; }

    /// <summary>The year whose indicator consuntivi the round asks for.</summary>
    public int AnnoConsuntivo { get; private set; }

    public StatoRilevazione Stato { get; private set; }
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

    public void Apri()
    {
        if (Stato != StatoRilevazione.InPreparazione)
            throw new InvalidOperationException("Si può aprire solo una rilevazione in preparazione.");
        Stato = StatoRilevazione.Aperta;
        Version = Guid.NewGuid();
    }

    public void Chiudi()
    {
        if (Stato != StatoRilevazione.Aperta)
            throw new InvalidOperationException("Si può chiudere solo una rilevazione aperta.");
        Stato = StatoRilevazione.Chiusa;
        Version = Guid.NewGuid();
    }
}
