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

    /// <summary>First and last year of the consuntivo columns this indicator reports on.</summary>
    public int PrimoAnno { get; private set; }
    public int UltimoAnno { get; private set; }

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

    /// <summary>Extends the reported years to include <paramref name="anno"/> (a round asking a later consuntivo).</summary>
    public void IncludiAnno(int anno)
    {
        Anni.Check(anno);
        if (anno < PrimoAnno) PrimoAnno = anno;
        if (anno > UltimoAnno) UltimoAnno = anno;
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
