namespace Cremona.Dup.Web.Domain;

/// <summary>An "indicatore di impatto" of an obiettivo operativo, with a target and yearly consuntivi.</summary>
public sealed class Indicatore : IAuditTrail
{
    private Indicatore() { Nome = ""; }

    internal Indicatore(ObiettivoOperativo obiettivo, string nome, int ordine, int primoAnno, int ultimoAnno)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nome);
        Anni.Check(primoAnno);
        Anni.Check(ultimoAnno);
        if (ultimoAnno < primoAnno)
            throw new ArgumentException("L'ultimo anno del periodo non può precedere il primo.", nameof(ultimoAnno));
        Obiettivo = obiettivo;
        Nome = nome.Trim();
        Ordine = ordine;
        PrimoAnno = primoAnno;
        UltimoAnno = ultimoAnno;
    }

    public int Id { get; private set; }
    public int ObiettivoOperativoId { get; private set; }
    public ObiettivoOperativo Obiettivo { get; private set; } = null!;
    public int Ordine { get; private set; }
    public string Nome { get; private set; }
    public string? Finalita { get; private set; }
    public string? Formula { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The target printed in the report's "Target" column.</summary>
    public decimal? Target { get; private set; }

    public Direzione Direzione { get; private set; }

    /// <summary>Unit of measure shown next to values, e.g. "%", "€", "n."; null when the values are plain numbers.</summary>
    public string? Unita { get; private set; }

    /// <summary>The indicator's own thresholds (percentages); null = the defaults of <see cref="ImpostazioniIndicatori"/>.</summary>
    public decimal? SogliaRaggiunto { get; private set; }

    public decimal? SogliaParziale { get; private set; }

    /// <summary>First and last year of the consuntivo columns this indicator reports on.</summary>
    public int PrimoAnno { get; private set; }
    public int UltimoAnno { get; private set; }

    /// <summary>No longer in the plan: left out of new rounds and of the plan's lists; its values stay.</summary>
    public bool Ritirato { get; private set; }

    /// <summary>When it was retired: the rounds opened before keep printing it in their Allegato 6.</summary>
    public DateTime? RitiratoIlUtc { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();
    public List<IndicatoreValore> Valori { get; private set; } = [];

    public IEnumerable<int> AnniRiportati => Enumerable.Range(PrimoAnno, UltimoAnno - PrimoAnno + 1);

    public void SetTesti(IndicatoreTesti testi)
    {
        ArgumentNullException.ThrowIfNull(testi);
        Finalita = Texts.Clean(testi.Finalita);
        Formula = Texts.Clean(testi.Formula);
        Note = Texts.Clean(testi.Note);
        Version = Guid.NewGuid();
    }

    public void SetTarget(decimal? target)
    {
        Target = target;
        Version = Guid.NewGuid();
    }

    public void SetDirezione(Direzione direzione)
    {
        if (!Enum.IsDefined(direzione)) throw new ArgumentOutOfRangeException(nameof(direzione));
        Direzione = direzione;
        Version = Guid.NewGuid();
    }

    /// <summary>The thresholds that apply to this indicator: its own, or <paramref name="predefinite"/>.</summary>
    public Soglie SoglieEffettive(Soglie predefinite) =>
        SogliaRaggiunto is { } r && SogliaParziale is { } p ? new Soglie(r, p) : predefinite;

    /// <summary>
    /// How Controllo di gestione reads the indicator: direction, unit and its own thresholds (both or neither).
    /// Throws with an Italian message when a value is not acceptable; nothing changes then.
    /// </summary>
    public void ImpostaMisura(Direzione direzione, string? unita, decimal? sogliaRaggiunto, decimal? sogliaParziale)
    {
        if (!Enum.IsDefined(direzione)) throw new ArgumentOutOfRangeException(nameof(direzione), direzione, "Direzione non valida.");
        var cleanUnita = Texts.Clean(unita);
        if (cleanUnita is not null && (cleanUnita.Length > TextLimits.Unita || cleanUnita.Contains('\n', StringComparison.Ordinal)))
            throw new ArgumentException($"L'unità di misura può contenere al massimo {TextLimits.Unita} caratteri su una riga.", nameof(unita));
        if (Soglie.Verifica(sogliaRaggiunto, sogliaParziale) is { } errore) throw new ArgumentException(errore);
        Direzione = direzione;
        Unita = cleanUnita;
        SogliaRaggiunto = sogliaRaggiunto;
        SogliaParziale = sogliaParziale;
        Version = Guid.NewGuid();
    }

    /// <summary>Extends the reported years to include <paramref name="anno"/> (a round asking a later consuntivo).</summary>
    public void IncludiAnno(int anno)
    {
        Anni.Check(anno);
        if (anno >= PrimoAnno && anno <= UltimoAnno) return;
        if (anno < PrimoAnno) PrimoAnno = anno;
        if (anno > UltimoAnno) UltimoAnno = anno;
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// Name and period of the consuntivo columns. A period that would leave out a year that has a consuntivo is refused:
    /// recorded values are never hidden.
    /// </summary>
    public void Modifica(string nome, int primoAnno, int ultimoAnno)
    {
        var clean = Nomi.Verifica(nome, "dell'indicatore");
        if (primoAnno is < Anni.Min or > Anni.Max)
            throw new ArgumentException($"Il primo anno deve essere compreso tra {Anni.Min} e {Anni.Max}.", nameof(primoAnno));
        if (ultimoAnno is < Anni.Min or > Anni.Max)
            throw new ArgumentException($"L'ultimo anno deve essere compreso tra {Anni.Min} e {Anni.Max}.", nameof(ultimoAnno));
        if (ultimoAnno < primoAnno)
            throw new ArgumentException("L'ultimo anno del periodo non può precedere il primo.", nameof(ultimoAnno));
        var esclusi = Valori.Where(v => v.Consuntivo is not null && (v.Anno < primoAnno || v.Anno > ultimoAnno))
            .Select(v => v.Anno).Order().ToList();
        if (esclusi.Count > 0)
            throw new ArgumentException(
                $"Il periodo {primoAnno}–{ultimoAnno} escluderebbe {(esclusi.Count == 1 ? "l'anno" : "gli anni")} " +
                $"{string.Join(", ", esclusi)}, che {(esclusi.Count == 1 ? "ha un consuntivo" : "hanno consuntivi")}: " +
                "il periodo deve comprenderli.", esclusi[0] < primoAnno ? nameof(primoAnno) : nameof(ultimoAnno));
        Nome = clean;
        PrimoAnno = primoAnno;
        UltimoAnno = ultimoAnno;
        Version = Guid.NewGuid();
    }

    public void Ritira(DateTime adessoUtc)
    {
        if (Ritirato) return;
        Ritirato = true;
        RitiratoIlUtc = adessoUtc;
        Version = Guid.NewGuid();
    }

    public void Ripristina()
    {
        if (!Ritirato) return;
        Ritirato = false;
        RitiratoIlUtc = null;
        Version = Guid.NewGuid();
    }

    /// <summary>
    /// Whether <paramref name="valore"/> reaches the target given the direction; null when either is unknown.
    /// </summary>
    public bool? RaggiungeTarget(decimal? valore) => (Target, valore) switch
    {
        (null, _) or (_, null) => null,
        ({ } t, { } v) => Direzione == Direzione.PiuBassoMeglio ? v <= t : v >= t,
    };

    public decimal? ConsuntivoDi(int anno) => Valori.Find(v => v.Anno == anno)?.Consuntivo;

    /// <summary>Records the consuntivo of one year; null clears it (not measured, never zero).</summary>
    public void SetConsuntivo(int anno, decimal? valore)
    {
        if (anno < PrimoAnno || anno > UltimoAnno)
            throw new ArgumentOutOfRangeException(nameof(anno), anno,
                $"L'indicatore \"{Nome}\" riporta i consuntivi dal {PrimoAnno} al {UltimoAnno}.");
        var existing = Valori.Find(v => v.Anno == anno);
        if (existing is null)
        {
            if (valore is not null) Valori.Add(new IndicatoreValore(anno, null, valore));
        }
        else
        {
            existing.SetConsuntivo(valore);
        }
        Version = Guid.NewGuid();
    }

    int? IAuditTrail.AuditObiettivoId => ObiettivoOperativoId;

    int? IAuditTrail.AuditRilevazioneId => null;
}
