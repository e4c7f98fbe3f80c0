namespace Cremona.Dup.Web.Domain;

/// <summary>A lettered indirizzo ("A. Presentazione della documentazione…") given to an organismo.</summary>
public sealed class IndirizzoPartecipata
{
    private IndirizzoPartecipata() { }

    public IndirizzoPartecipata(string? lettera, string? testo, string? rendicontazione, int ordine)
    {
        Lettera = Texts.Clean(lettera);
        Testo = Texts.Clean(testo);
        Rendicontazione = Texts.Clean(rendicontazione);
        Ordine = ordine;
    }

    public int Id { get; private set; }
    public int SezionePartecipataId { get; private set; }
    public string? Lettera { get; private set; }
    public string? Testo { get; private set; }
    public string? Rendicontazione { get; private set; }
    public int Ordine { get; private set; }
    public List<IndicatorePartecipata> Indicatori { get; private set; } = [];
}
