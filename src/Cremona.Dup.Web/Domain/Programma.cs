namespace Cremona.Dup.Web.Domain;

/// <summary>A programma of a missione (code as printed, e.g. "1.02").</summary>
public sealed class Programma : IAuditTrail
{
    private Programma() { Codice = Nome = ""; }

    public Programma(Missione missione, string codice, string nome, string? responsabili, ProgrammaTesti testi, int ordine)
    {
        ArgumentNullException.ThrowIfNull(missione);
        ArgumentNullException.ThrowIfNull(testi);
        Codice = Codici.Programma(codice);
        if (!Codice.StartsWith($"{missione.Numero}.", StringComparison.Ordinal))
            throw new ArgumentException($"Il programma {Codice} non appartiene alla missione {missione.Numero}.", nameof(codice));
        ArgumentException.ThrowIfNullOrWhiteSpace(nome);
        Missione = missione;
        Nome = nome.Trim();
        Ordine = ordine;
        Responsabili = responsabili;
        SetTesti(testi);
    }

    public int Id { get; private set; }
    public int MissioneId { get; private set; }
    public Missione Missione { get; private set; } = null!;
    public string Codice { get; private set; }
    public string Nome { get; private set; }

    /// <summary>Responsabile/i del programma as printed: may name several people and "(ad interim)".</summary>
    public string? Responsabili { get; private set; }

    public string? Descrizione { get; private set; }
    public string? MotivazioneScelte { get; private set; }
    public string? FinalitaDaConseguire { get; private set; }
    public string? RisorseUmane { get; private set; }
    public string? RisorseStrumentali { get; private set; }
    public int Ordine { get; private set; }

    /// <summary>No longer in the plan: left out of new rounds and of the plan's lists; its history stays.</summary>
    public bool Ritirato { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();
    public List<ObiettivoOperativo> Obiettivi { get; private set; } = [];

    public void SetTesti(ProgrammaTesti testi)
    {
        ArgumentNullException.ThrowIfNull(testi);
        Descrizione = Texts.Clean(testi.Descrizione);
        MotivazioneScelte = Texts.Clean(testi.MotivazioneScelte);
        FinalitaDaConseguire = Texts.Clean(testi.FinalitaDaConseguire);
        RisorseUmane = Texts.Clean(testi.RisorseUmane);
        RisorseStrumentali = Texts.Clean(testi.RisorseStrumentali);
        Version = Guid.NewGuid();
    }

    /// <summary>Name and responsabili as printed; the texts change with <see cref="SetTesti"/>.</summary>
    public void Modifica(string nome, string? responsabili)
    {
        var cleanNome = Nomi.Verifica(nome, "del programma");
        var cleanResponsabili = Texts.Clean(responsabili);
        if (cleanResponsabili?.Length > TextLimits.Persone)
            throw new ArgumentException($"I responsabili del programma possono contenere al massimo {TextLimits.Persone} caratteri.",
                nameof(responsabili));
        Nome = cleanNome;
        Responsabili = cleanResponsabili;
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
