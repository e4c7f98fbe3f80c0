namespace Cremona.Dup.Web.Domain;

/// <summary>The consuntivo of one indicator entered in one round, with the responsabile's note.</summary>
public sealed class ValoreRilevazione : IAuditTrail
{
    private ValoreRilevazione() { }

    internal ValoreRilevazione(RilevazioneObiettivo rilevazioneObiettivo, Indicatore indicatore)
    {
        RilevazioneObiettivo = rilevazioneObiettivo;
        Indicatore = indicatore;
        IndicatoreId = indicatore.Id;
        ObiettivoOperativoId = rilevazioneObiettivo.ObiettivoOperativoId;
        RilevazioneId = rilevazioneObiettivo.RilevazioneId;
    }

    public int Id { get; private set; }
    public int RilevazioneObiettivoId { get; private set; }
    public RilevazioneObiettivo RilevazioneObiettivo { get; private set; } = null!;
    public int IndicatoreId { get; private set; }
    public Indicatore Indicatore { get; private set; } = null!;

    // Denormalised so that the history of an obiettivo or a round is one query.
    public int ObiettivoOperativoId { get; private set; }
    public int RilevazioneId { get; private set; }

    public decimal? Consuntivo { get; private set; }
    public string? Nota { get; private set; }

    int? IAuditTrail.AuditObiettivoId => ObiettivoOperativoId;

    int? IAuditTrail.AuditRilevazioneId => RilevazioneId;

    internal void Set(decimal? consuntivo, string? nota)
    {
        Consuntivo = consuntivo;
        Nota = nota;
    }
}
