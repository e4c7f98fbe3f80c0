namespace Cremona.Dup.Web.Domain;

/// <summary>An obiettivo operativo of the DUP (e.g. "C06"), the unit that responsabili report on.</summary>
public sealed class ObiettivoOperativo
{
    private ObiettivoOperativo() { Codice = Nome = ""; }

    public ObiettivoOperativo(string codice, string nome, Programma programma, ObiettivoStrategico? strategico,
        string? responsabilePolitico, Responsabile responsabileGestionale, ObiettivoOperativoTesti testi, int ordine)
    {
        ArgumentNullException.ThrowIfNull(programma);
        ArgumentNullException.ThrowIfNull(responsabileGestionale);
        ArgumentNullException.ThrowIfNull(testi);
        ArgumentException.ThrowIfNullOrWhiteSpace(nome);
        Codice = Codici.ObiettivoOperativo(codice);
        Nome = nome.Trim();
        Programma = programma;
        ObiettivoStrategico = strategico;
        ResponsabilePolitico = Texts.Clean(responsabilePolitico);
        ResponsabileGestionale = responsabileGestionale;
        Ordine = ordine;
        SetTesti(testi);
    }

    public int Id { get; private set; }
    public string Codice { get; private set; }
    public string Nome { get; private set; }
    public int ProgrammaId { get; private set; }
    public Programma Programma { get; private set; } = null!;
    public int? ObiettivoStrategicoId { get; private set; }
    public ObiettivoStrategico? ObiettivoStrategico { get; private set; }
    public string? ResponsabilePolitico { get; private set; }
    public int ResponsabileGestionaleId { get; private set; }
    public Responsabile ResponsabileGestionale { get; private set; } = null!;
    public string? DescrizioneSintetica { get; private set; }
    public string? Gap { get; private set; }
    public string? Stakeholder { get; private set; }
    public string? SettoriCoinvolti { get; private set; }
    public int Ordine { get; private set; }
    public Guid Version { get; private set; } = Guid.NewGuid();
    public List<DefinizioneObiettivo> Definizioni { get; private set; } = [];
    public List<Indicatore> Indicatori { get; private set; } = [];

    public void SetTesti(ObiettivoOperativoTesti testi)
    {
        ArgumentNullException.ThrowIfNull(testi);
        DescrizioneSintetica = Texts.Clean(testi.DescrizioneSintetica);
        Gap = Texts.Clean(testi.Gap);
        Stakeholder = Texts.Clean(testi.Stakeholder);
        SettoriCoinvolti = Texts.Clean(testi.SettoriCoinvolti);
        Version = Guid.NewGuid();
    }

    /// <summary>Sets the "Definizione Ob. Operativo DUP {anno}" text; one per plan year.</summary>
    public void SetDefinizione(int anno, string? testo)
    {
        var clean = Texts.Clean(testo);
        var existing = Definizioni.Find(d => d.Anno == anno);
        if (existing is null)
        {
            if (clean is not null) Definizioni.Add(new DefinizioneObiettivo(anno, clean));
            return;
        }
        if (clean is null) Definizioni.Remove(existing);
        else existing.SetTesto(clean);
    }

    public Indicatore AddIndicatore(string nome, int primoAnno, int ultimoAnno)
    {
        var indicatore = new Indicatore(this, nome, Indicatori.Count + 1, primoAnno, ultimoAnno);
        Indicatori.Add(indicatore);
        return indicatore;
    }
}
