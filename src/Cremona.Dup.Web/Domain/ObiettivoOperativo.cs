namespace Cremona.Dup.Web.Domain;

/// <summary>An obiettivo operativo of the DUP (e.g. "C06"), the unit that responsabili report on.</summary>
public sealed class ObiettivoOperativo : IAuditTrail
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

    /// <summary>No longer in the plan: left out of new rounds and of the plan's lists; rounds that hold it keep it.</summary>
    public bool Ritirato { get; private set; }

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

    /// <summary>Name, obiettivo strategico (none allowed) and responsabile politico as printed.</summary>
    public void Modifica(string nome, ObiettivoStrategico? strategico, string? responsabilePolitico)
    {
        var cleanNome = Nomi.Verifica(nome, "dell'obiettivo operativo");
        var cleanPolitico = Texts.Clean(responsabilePolitico);
        if (cleanPolitico?.Length > TextLimits.Persone)
            throw new ArgumentException($"Il responsabile politico può contenere al massimo {TextLimits.Persone} caratteri.",
                nameof(responsabilePolitico));
        var stesso = strategico is not null
            && (ReferenceEquals(strategico, ObiettivoStrategico) || (strategico.Id != 0 && strategico.Id == ObiettivoStrategicoId));
        if (strategico is { Ritirato: true } && !stesso)
            throw new ArgumentException($"L'obiettivo strategico {strategico.Codice} è ritirato: sceglierne uno del piano.",
                nameof(strategico));
        Nome = cleanNome;
        ObiettivoStrategico = strategico;
        if (strategico is null) ObiettivoStrategicoId = null;
        else if (strategico.Id != 0) ObiettivoStrategicoId = strategico.Id;
        ResponsabilePolitico = cleanPolitico;
        Version = Guid.NewGuid();
    }

    /// <summary>Reassigns the obiettivo to another responsabile gestionale (who then compiles it in new rounds).</summary>
    public void Assegna(Responsabile responsabile)
    {
        ArgumentNullException.ThrowIfNull(responsabile);
        if (ReferenceEquals(responsabile, ResponsabileGestionale)
            || (responsabile.Id != 0 && responsabile.Id == ResponsabileGestionaleId)) return;
        ResponsabileGestionale = responsabile;
        if (responsabile.Id != 0) ResponsabileGestionaleId = responsabile.Id;
        Version = Guid.NewGuid();
    }

    /// <summary>Moves the obiettivo under another programma of the plan.</summary>
    public void Sposta(Programma programma)
    {
        ArgumentNullException.ThrowIfNull(programma);
        if (ReferenceEquals(programma, Programma) || (programma.Id != 0 && programma.Id == ProgrammaId)) return;
        if (programma.Ritirato)
            throw new ArgumentException($"Il programma {programma.Codice} è ritirato: scegliere un programma del piano.",
                nameof(programma));
        Programma = programma;
        if (programma.Id != 0) ProgrammaId = programma.Id;
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

    int? IAuditTrail.AuditObiettivoId => Id;

    int? IAuditTrail.AuditRilevazioneId => null;
}
