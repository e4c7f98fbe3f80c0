namespace Cremona.Dup.Web.Features.Piano;

/// <summary>
/// The form of an obiettivo operativo (new when <see cref="Salvato"/> is null): every field, the Definizione of the
/// current plan year (earlier years shown read-only), its indicators, and the choices of programma, obiettivo
/// strategico and responsabile gestionale.
/// </summary>
public sealed record ObiettivoPagina(int AnnoCorrente, string ProgrammaCodice, ObiettivoPagina.Dati? Salvato, ObiettivoInput Input,
    IReadOnlyList<Opzione> Programmi, IReadOnlyList<Opzione> Strategici, IReadOnlyList<Opzione> Responsabili,
    bool Conflitto, bool Eliminabile)
{
    public bool Nuovo => Salvato is null;

    public sealed record Dati(string Codice, string Nome, string ProgrammaCodice, string? StrategicoCodice, string? ResponsabilePolitico,
        int ResponsabileId, string Responsabile, string? DescrizioneSintetica, string? Gap, string? Stakeholder,
        string? SettoriCoinvolti, IReadOnlyList<Definizione> Definizioni, IReadOnlyList<IndicatoreItem> Indicatori, bool Ritirato,
        Guid Version);

    public sealed record Definizione(int Anno, string Testo);

    public sealed record IndicatoreItem(int Id, string Nome, int PrimoAnno, int UltimoAnno, bool Ritirato);
}
