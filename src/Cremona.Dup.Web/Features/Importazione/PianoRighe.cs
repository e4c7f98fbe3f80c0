namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>
/// The plan as the template shows it, one record per row of a sheet: what the export writes, what an import reads and
/// what the current plan is compared with. Texts are already normalised as the domain stores them.
/// </summary>
public sealed record PianoRighe(
    IReadOnlyList<RigaMissione> Missioni,
    IReadOnlyList<RigaProgramma> Programmi,
    IReadOnlyList<RigaStrategico> Strategici,
    IReadOnlyList<RigaOperativo> Operativi,
    IReadOnlyList<RigaIndicatore> Indicatori)
{
    /// <summary>
    /// The plan the template shows: rows not retired whose parents are not retired either (an obiettivo left active under a
    /// retired programma is out of the plan too). Obiettivi strategici are listed when not retired.
    /// </summary>
    public PianoRighe Visibili()
    {
        var programmi = Programmi.Where(p => !p.Ritirato).ToList();
        var codiciProgrammi = programmi.Select(p => p.Codice).ToHashSet(StringComparer.Ordinal);
        var operativi = Operativi.Where(o => !o.Ritirato && codiciProgrammi.Contains(o.Programma)).ToList();
        var codiciOperativi = operativi.Select(o => o.Codice).ToHashSet(StringComparer.Ordinal);
        return this with
        {
            Programmi = programmi,
            Strategici = Strategici.Where(s => !s.Ritirato).ToList(),
            Operativi = operativi,
            Indicatori = Indicatori.Where(i => !i.Ritirato && codiciOperativi.Contains(i.Obiettivo)).ToList(),
        };
    }
}

/// <summary>A row of any sheet: its key as shown to people and its fields in template order, for the field-by-field diff.</summary>
public interface IRigaPiano
{
    string Chiave { get; }

    IReadOnlyList<(string Campo, string? Valore)> Campi();
}

public sealed record RigaMissione(int Numero, string Nome, int Riga = 0) : IRigaPiano
{
    public string Chiave => Numero.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<(string Campo, string? Valore)> Campi() => [("Nome", Nome)];
}

public sealed record RigaProgramma(
    string Codice, int Missione, string Nome, string? Responsabili, string? Descrizione, string? MotivazioneScelte,
    string? FinalitaDaConseguire, string? RisorseUmane, string? RisorseStrumentali, bool Ritirato = false, int Riga = 0) : IRigaPiano
{
    public string Chiave => Codice;

    public IReadOnlyList<(string Campo, string? Valore)> Campi() =>
    [
        ("Nome", Nome), ("Responsabili", Responsabili), ("Descrizione", Descrizione),
        ("Motivazione delle scelte", MotivazioneScelte), ("Finalità da conseguire", FinalitaDaConseguire),
        ("Risorse umane", RisorseUmane), ("Risorse strumentali", RisorseStrumentali),
    ];
}

public sealed record RigaStrategico(string Codice, string Nome, bool Ritirato = false, int Riga = 0) : IRigaPiano
{
    public string Chiave => Codice;

    public IReadOnlyList<(string Campo, string? Valore)> Campi() => [("Nome", Nome)];
}

public sealed record RigaOperativo(
    string Codice, string Programma, string? Strategico, string Nome, string? ResponsabilePolitico,
    string ResponsabileGestionale, string? DescrizioneSintetica, string? Gap, string? Stakeholder, string? SettoriCoinvolti,
    string? Definizione, bool Ritirato = false, int Riga = 0) : IRigaPiano
{
    public string Chiave => Codice;

    public IReadOnlyList<(string Campo, string? Valore)> Campi() =>
    [
        ("Programma", Programma), ("Obiettivo strategico", Strategico), ("Nome", Nome),
        ("Responsabile politico", ResponsabilePolitico), ("Responsabile gestionale", ResponsabileGestionale),
        ("Descrizione sintetica", DescrizioneSintetica), ("Gap", Gap), ("Stakeholder", Stakeholder),
        ("Settori coinvolti", SettoriCoinvolti), ("Definizione", Definizione),
    ];
}

/// <summary>An indicator: its key is the obiettivo's code with its number (<see cref="Numero"/>, null for a new one).</summary>
public sealed record RigaIndicatore(
    string Obiettivo, int? Numero, string Nome, string? Finalita, string? Formula, decimal? Target, string? Note,
    int PrimoAnno, int UltimoAnno, bool Ritirato = false, int Riga = 0) : IRigaPiano
{
    public string Chiave => Numero is { } n ? ChiaveDi(Obiettivo, n) : $"{Obiettivo} (nuovo)";

    public static string ChiaveDi(string obiettivo, int numero) =>
        $"{obiettivo} n. {numero.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public IReadOnlyList<(string Campo, string? Valore)> Campi() =>
    [
        ("Nome", Nome), ("Finalità", Finalita), ("Formula", Formula), ("Target", Valori.Numero(Target)), ("Note", Note),
        ("Primo anno", Valori.Numero(PrimoAnno)), ("Ultimo anno", Valori.Numero(UltimoAnno)),
    ];
}
