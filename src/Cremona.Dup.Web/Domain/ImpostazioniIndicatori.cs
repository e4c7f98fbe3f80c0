namespace Cremona.Dup.Web.Domain;

/// <summary>
/// The single row of settings of the indicator analysis: the default thresholds that Controllo di gestione sets and
/// that every indicator without its own uses. Changes are recorded in the audit trail.
/// </summary>
public sealed class ImpostazioniIndicatori : IAuditTrail
{
    public const int IdUnico = 1;

    private ImpostazioniIndicatori() { }

    public ImpostazioniIndicatori(Soglie soglie)
    {
        Id = IdUnico;
        SogliaRaggiunto = soglie.Raggiunto;
        SogliaParziale = soglie.Parziale;
    }

    public int Id { get; private set; }
    public decimal SogliaRaggiunto { get; private set; }
    public decimal SogliaParziale { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    public Soglie Soglie => new(SogliaRaggiunto, SogliaParziale);

    public void ImpostaSoglie(Soglie soglie)
    {
        if (soglie == default) throw new ArgumentException("Soglie non valide.", nameof(soglie));
        SogliaRaggiunto = soglie.Raggiunto;
        SogliaParziale = soglie.Parziale;
        Version = Guid.NewGuid();
    }

    int? IAuditTrail.AuditObiettivoId => null;

    int? IAuditTrail.AuditRilevazioneId => null;
}
