namespace Cremona.Dup.Web.Domain;

/// <summary>A missione of the D.Lgs. 118/2011 classification (e.g. 1 - Servizi istituzionali…).</summary>
public sealed class Missione
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
    public List<Programma> Programmi { get; private set; } = [];

    public string Etichetta => $"Missione {Numero} - {Nome}";
}
