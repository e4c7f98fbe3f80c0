namespace Cremona.Dup.Web.Domain;

/// <summary>
/// The single row of the plan itself: the current plan year, whose "Definizione" the plan pages edit and whose rounds
/// follow. The year roll-over moves it on by one; every change is recorded in the audit trail.
/// </summary>
public sealed class Piano : IAuditTrail
{
    public const int IdUnico = 1;

    private Piano() { }

    public Piano(int annoCorrente)
    {
        Anni.Check(annoCorrente);
        Id = IdUnico;
        AnnoCorrente = annoCorrente;
    }

    public int Id { get; private set; }
    public int AnnoCorrente { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>The year the roll-over would create.</summary>
    public int AnnoSuccessivo => AnnoCorrente + 1;

    /// <summary>
    /// Moves the plan to <paramref name="anno"/>, which must be the year after the current one: a second roll-over to
    /// the same year is refused with an Italian message.
    /// </summary>
    public void PassaAllAnno(int anno)
    {
        if (anno <= AnnoCorrente)
            throw new InvalidOperationException($"Il piano {anno} esiste già: il piano corrente è quello del {AnnoCorrente}.");
        if (anno != AnnoSuccessivo)
            throw new ArgumentException($"Si può creare solo il piano dell'anno successivo ({AnnoSuccessivo}).", nameof(anno));
        Anni.Check(anno);
        AnnoCorrente = anno;
        Version = Guid.NewGuid();
    }

    int? IAuditTrail.AuditObiettivoId => null;

    int? IAuditTrail.AuditRilevazioneId => null;
}
