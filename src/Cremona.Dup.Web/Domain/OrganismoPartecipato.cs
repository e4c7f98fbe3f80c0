namespace Cremona.Dup.Web.Domain;

/// <summary>
/// The rendicontazione of one organismo partecipato (e.g. Aem Cremona SpA) in one round:
/// numbered sections of lettered indirizzi, each with indicators and results.
/// </summary>
public sealed class OrganismoPartecipato
{
    private OrganismoPartecipato() { Nome = ""; }

    public OrganismoPartecipato(Rilevazione rilevazione, string nome, string? introduzione, int ordine)
    {
        ArgumentNullException.ThrowIfNull(rilevazione);
        ArgumentException.ThrowIfNullOrWhiteSpace(nome);
        Rilevazione = rilevazione;
        Nome = nome.Trim();
        Introduzione = Texts.Clean(introduzione);
        Ordine = ordine;
    }

    public int Id { get; private set; }
    public int RilevazioneId { get; private set; }
    public Rilevazione Rilevazione { get; private set; } = null!;
    public string Nome { get; private set; }
    public string? Introduzione { get; private set; }
    public int Ordine { get; private set; }
    public List<SezionePartecipata> Sezioni { get; private set; } = [];

    public int ContaIndicatori() => Sezioni.Sum(s => s.Indirizzi.Sum(i => i.Indicatori.Count));
}
