namespace Cremona.Dup.Web.Domain;

/// <summary>An obiettivo strategico (e.g. "B01"), shared by obiettivi operativi even across programmi.</summary>
public sealed class ObiettivoStrategico
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
    public List<ObiettivoOperativo> Obiettivi { get; private set; } = [];
}
