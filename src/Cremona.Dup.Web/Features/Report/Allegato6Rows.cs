using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>The flat rows <see cref="Allegato6Queries"/> reads and <see cref="Allegato6Builder"/> orders and filters.</summary>
public static class Allegato6Rows
{
    public sealed record Programma(
        int MissioneNumero, string MissioneNome, string Codice, string Nome, string? Responsabili, string? Descrizione,
        string? MotivazioneScelte, string? FinalitaDaConseguire, string? RisorseUmane, string? RisorseStrumentali,
        IReadOnlyList<Obiettivo> Obiettivi);

    public sealed record Obiettivo(
        string Codice, string Nome, int Ordine, string? StrategicoCodice, string? StrategicoNome, string? ResponsabilePolitico,
        int ResponsabileId, string ResponsabileGestionale, string? DescrizioneSintetica, string? Gap, string? Stakeholder,
        string? SettoriCoinvolti, IReadOnlyList<Definizione> Definizioni, StatoCompilazione? Stato, string? StatoAttuazione,
        string? AzioniCorrettive, IReadOnlyList<Indicatore> Indicatori);

    public sealed record Definizione(int Anno, string Testo);

    /// <summary><c>Rilevato</c>: whether the round itself recorded a consuntivo or a note for this indicator.</summary>
    public sealed record Indicatore(
        int Ordine, string Nome, string? Finalita, string? Formula, decimal? Target, string? Note, int PrimoAnno, int UltimoAnno,
        IReadOnlyList<Valore> Valori, bool Rilevato, decimal? ConsuntivoRilevato, string? NotaRilevazione);

    public sealed record Valore(int Anno, decimal? Consuntivo);
}
