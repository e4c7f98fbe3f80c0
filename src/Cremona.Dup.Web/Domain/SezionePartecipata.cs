namespace Cremona.Dup.Web.Domain;

/// <summary>A numbered section ("1.1 – Profili di controllo") of an organismo's rendicontazione.</summary>
public sealed class SezionePartecipata
{
    private SezionePartecipata() { Numero = ""; }

    public SezionePartecipata(string numero, string? titolo, string? testo, string? rendicontazione, int ordine)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(numero);
        Numero = numero.Trim();
        Titolo = Texts.Clean(titolo);
        Testo = Texts.Clean(testo);
        Rendicontazione = Texts.Clean(rendicontazione);
        Ordine = ordine;
    }

    public int Id { get; private set; }
    public int OrganismoPartecipatoId { get; private set; }
    public string Numero { get; private set; }
    public string? Titolo { get; private set; }
    public string? Testo { get; private set; }
    public string? Rendicontazione { get; private set; }
    public int Ordine { get; private set; }
    public List<IndirizzoPartecipata> Indirizzi { get; private set; } = [];
}
