namespace Cremona.Dup.Web.Domain;

/// <summary>"Definizione Ob. Operativo DUP {anno}": what the obiettivo means for one plan year.</summary>
public sealed class DefinizioneObiettivo : IAuditTrail
{
    private DefinizioneObiettivo() { Testo = ""; }

    public DefinizioneObiettivo(int anno, string testo)
    {
        Anni.Check(anno);
        Anno = anno;
        Testo = Texts.Clean(testo) ?? throw new ArgumentException("La definizione non può essere vuota.", nameof(testo));
    }

    public int Id { get; private set; }
    public int ObiettivoOperativoId { get; private set; }
    public int Anno { get; private set; }
    public string Testo { get; private set; }

    public void SetTesto(string testo) =>
        Testo = Texts.Clean(testo) ?? throw new ArgumentException("La definizione non può essere vuota.", nameof(testo));

    int? IAuditTrail.AuditObiettivoId => ObiettivoOperativoId;

    int? IAuditTrail.AuditRilevazioneId => null;
}
