namespace Cremona.Dup.Web.Domain;

/// <summary>An obiettivo strategico (e.g. "B01"), shared by obiettivi operativi even across programmi.</summary>
public sealed class ObiettivoStrategico : IAuditTrail
{
    private ObiettivoStrategico() { Codice = Nome = ""; }

    public ObiettivoStrategico(string codice, string nome)
    {
        Codice = Codici.ObiettivoStrategico(codice);
        ArgumentException.ThrowIfNullOrWhiteSpace(nome);
        Nome = nome.Trim();
    }

    public int Id { get; private set; }
    public string Codice { get; private set; }
    public string Nome { get; private set; }

    /// <summary>No longer in the plan: not offered for new obiettivi; the obiettivi that name it keep it.</summary>
    public bool Ritirato { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();
    public List<ObiettivoOperativo> Obiettivi { get; private set; } = [];

    public void Rinomina(string nome)
    {
        var clean = Nomi.Verifica(nome, "dell'obiettivo strategico");
        if (clean == Nome) return;
        Nome = clean;
        Version = Guid.NewGuid();
    }

    public void Ritira()
    {
        if (Ritirato) return;
        Ritirato = true;
        Version = Guid.NewGuid();
    }

    public void Ripristina()
    {
        if (!Ritirato) return;
        Ritirato = false;
        Version = Guid.NewGuid();
    }

    int? IAuditTrail.AuditObiettivoId => null;

    int? IAuditTrail.AuditRilevazioneId => null;
}
