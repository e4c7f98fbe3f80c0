namespace Cremona.Dup.Web.Domain;

/// <summary>
/// One obiettivo operativo in one round: its Stato di attuazione, Azioni correttive, indicator values and where it
/// stands (da compilare → bozza → inviato → restituito/validato).
/// </summary>
public sealed class RilevazioneObiettivo : IAudited, IAuditTrail
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

    /// <summary>Segreteria's note when it returns the obiettivo to the responsabile (or reopens it).</summary>
    public string? NotaRestituzione { get; private set; }

    /// <summary>Reopened by Segreteria for this responsabile although the round is closed.</summary>
    public bool Riaperto { get; private set; }

    public DateTime? InviatoAtUtc { get; private set; }
    public string? InviatoDa { get; private set; }
    public DateTime? ValidatoAtUtc { get; private set; }
    public string? ValidatoDa { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();
    public DateTime? UpdatedAtUtc { get; private set; }
    public string? UpdatedBy { get; private set; }
    public List<ValoreRilevazione> Valori { get; private set; } = [];

    /// <summary>The round (or this obiettivo, reopened) accepts changes.</summary>
    public bool IsAperto => Rilevazione.IsOpen || Riaperto;

    /// <summary>A responsabile may write: open, and not waiting for or past Segreteria's check.</summary>
    public bool IsCompilabile => IsAperto && Stato is StatoCompilazione.DaCompilare or StatoCompilazione.Bozza or StatoCompilazione.Restituito;

    int? IAuditTrail.AuditObiettivoId => ObiettivoOperativoId;

    int? IAuditTrail.AuditRilevazioneId => RilevazioneId;

    /// <summary>
    /// Replaces both texts. A responsabile writes while <see cref="IsCompilabile"/>; Segreteria (<paramref name="comeSegreteria"/>)
    /// may correct anything not yet validated while the round is open.
    /// </summary>
    public void Update(string? statoAttuazione, string? azioniCorrettive, bool comeSegreteria = false)
    {
        EnsureModificabile(comeSegreteria);
        SetTesti(statoAttuazione, azioniCorrettive);
        if (Stato == StatoCompilazione.DaCompilare) Stato = StatoCompilazione.Bozza;
    }

    /// <summary>Records the round's consuntivo of one indicator (and its note); also the indicator's yearly value.</summary>
    public void SetValore(Indicatore indicatore, decimal? consuntivo, string? nota, bool comeSegreteria = false)
    {
        ArgumentNullException.ThrowIfNull(indicatore);
        var stessoObiettivo = indicatore.Obiettivo is not null && Obiettivo is not null
            ? ReferenceEquals(indicatore.Obiettivo, Obiettivo)
            : indicatore.ObiettivoOperativoId == ObiettivoOperativoId;
        if (!stessoObiettivo)
            throw new ArgumentException("L'indicatore non appartiene a questo obiettivo.", nameof(indicatore));
        EnsureModificabile(comeSegreteria);
        var clean = Texts.Clean(nota);
        if (clean?.Length > TextLimits.TestoBreve)
            throw new ArgumentException($"La nota può contenere al massimo {TextLimits.TestoBreve} caratteri.", nameof(nota));
        var valore = Valori.Find(v => v.Indicatore == indicatore || (indicatore.Id != 0 && v.IndicatoreId == indicatore.Id));
        if (valore is null)
        {
            if (consuntivo is null && clean is null) return;
            valore = new ValoreRilevazione(this, indicatore);
            Valori.Add(valore);
        }
        valore.Set(consuntivo, clean);
        indicatore.IncludiAnno(Rilevazione.AnnoConsuntivo);
        indicatore.SetConsuntivo(Rilevazione.AnnoConsuntivo, consuntivo);
        if (Stato == StatoCompilazione.DaCompilare) Stato = StatoCompilazione.Bozza;
        Version = Guid.NewGuid();
    }

    /// <summary>The responsabile sends the obiettivo to Segreteria; it is read-only until returned.</summary>
    public void Invia(DateTime utcNow, string? user)
    {
        if (!IsCompilabile)
            throw new InvalidOperationException("L'obiettivo non può essere inviato: la rilevazione è chiusa o l'obiettivo è già stato inviato.");
        if (Rilevazione.ChiedeStatoAttuazione && StatoAttuazione is null)
            throw new InvalidOperationException("Prima di inviare, compilare lo stato di attuazione.");
        Stato = StatoCompilazione.Inviato;
        InviatoAtUtc = utcNow;
        InviatoDa = user;
        Version = Guid.NewGuid();
    }

    /// <summary>Segreteria returns a sent obiettivo with a note that the responsabile sees on the form.</summary>
    public void Restituisci(string nota)
    {
        if (!IsAperto) throw new InvalidOperationException("La rilevazione è chiusa.");
        if (Stato is not (StatoCompilazione.Inviato or StatoCompilazione.Validato))
            throw new InvalidOperationException("Si può restituire solo un obiettivo inviato o validato.");
        NotaRestituzione = Texts.Clean(nota) ?? throw new ArgumentException("Indicare il motivo della restituzione.", nameof(nota));
        if (NotaRestituzione.Length > TextLimits.TestoBreve)
            throw new ArgumentException($"La nota può contenere al massimo {TextLimits.TestoBreve} caratteri.", nameof(nota));
        Stato = StatoCompilazione.Restituito;
        ValidatoAtUtc = null;
        ValidatoDa = null;
        Version = Guid.NewGuid();
    }

    /// <summary>Segreteria accepts a sent obiettivo.</summary>
    public void Valida(DateTime utcNow, string? user)
    {
        if (!IsAperto) throw new InvalidOperationException("La rilevazione è chiusa.");
        if (Stato != StatoCompilazione.Inviato)
            throw new InvalidOperationException("Si può validare solo un obiettivo inviato.");
        Stato = StatoCompilazione.Validato;
        ValidatoAtUtc = utcNow;
        ValidatoDa = user;
        Riaperto = false;
        Version = Guid.NewGuid();
    }

    /// <summary>Segreteria reopens this obiettivo of a closed round for its responsabile, with a reason.</summary>
    public void Riapri(string motivo)
    {
        if (Rilevazione.IsOpen) throw new InvalidOperationException("La rilevazione è aperta: l'obiettivo si può restituire.");
        if (Rilevazione.Stato != StatoRilevazione.Chiusa) throw new InvalidOperationException("La rilevazione non è ancora aperta.");
        NotaRestituzione = Texts.Clean(motivo) ?? throw new ArgumentException("Indicare il motivo della riapertura.", nameof(motivo));
        Riaperto = true;
        Stato = StatoCompilazione.Restituito;
        Version = Guid.NewGuid();
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

    /// <summary>Closing the round ends every single-obiettivo reopening.</summary>
    internal void ChiudiRiapertura() => Riaperto = false;

    private void EnsureModificabile(bool comeSegreteria)
    {
        if (!IsAperto)
            throw new InvalidOperationException("La rilevazione non è aperta: i dati non sono modificabili.");
        if (comeSegreteria ? Stato == StatoCompilazione.Validato : !IsCompilabile)
            throw new InvalidOperationException("L'obiettivo è già stato inviato: non è modificabile finché non viene restituito.");
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
