namespace Cremona.Dup.Web.Domain;

/// <summary>A missione of the D.Lgs. 118/2011 classification (e.g. 1 - Servizi istituzionali…).</summary>
public sealed class Missione : IAuditTrail
{
    private Missione() { Nome = ""; }

    public Missione(int numero, string nome)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numero);
        ArgumentException.ThrowIfNullOrWhiteSpace(nome);
        Numero = numero;
        Nome = nome.Trim();
    }

    public int Id { get; private set; }
    public int Numero { get; private set; }
    public string Nome { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();
    public List<Programma> Programmi { get; private set; } = [];

    public string Etichetta => $"Missione {Numero} - {Nome}";

    /// <summary>Changes the name as printed in the plan; the number (the D.Lgs. 118/2011 code) never changes.</summary>
    public void Rinomina(string nome)
    {
        var clean = Nomi.Verifica(nome, "della missione");
        if (clean == Nome) return;
        Nome = clean;
        Version = Guid.NewGuid();
    }

    int? IAuditTrail.AuditObiettivoId => null;

    int? IAuditTrail.AuditRilevazioneId => null;
}
