using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Compilazione;

/// <summary>Everything the data-entry page shows around the input.</summary>
public sealed record CompilazioneViewModel(
    DateOnly Data,
    string TitoloRilevazione,
    StatoRilevazione StatoRilevazione,
    DateOnly? Scadenza,
    int AnnoConsuntivo,
    bool ChiedeStatoAttuazione,
    bool ChiedeAzioniCorrettive,
    string Codice,
    string Nome,
    string ProgrammaCodice,
    string ProgrammaNome,
    string ResponsabileGestionale,
    string? DescrizioneSintetica,
    string? Definizione,
    StatoCompilazione Stato,
    string? NotaRestituzione,
    bool Riaperto,
    DateTime? InviatoAtUtc,
    string? InviatoDa,
    CompilazioneViewModel.Precedente? RilevazionePrecedente,
    IReadOnlyList<CompilazioneViewModel.IndicatoreItem> Indicatori,
    CompilazioneViewModel.Permessi Puo)
{
    public const string Key = "Compilazione";

    public sealed record Precedente(DateOnly Data, string Titolo, string? StatoAttuazione, string? AzioniCorrettive);

    public sealed record IndicatoreItem(
        int Id, string Nome, string? Finalita, string? Formula, decimal? Target, Direzione Direzione, int PrimoAnno, int UltimoAnno,
        IReadOnlyDictionary<int, decimal?> Consuntivi)
    {
        public IEnumerable<int> Anni => Enumerable.Range(PrimoAnno, UltimoAnno - PrimoAnno + 1);
    }

    /// <summary>What the current user may do here (computed by the authorization handler, shown as buttons).</summary>
    public sealed record Permessi(bool Compilare, bool Inviare, bool Validare, bool Restituire);

    /// <summary>Set when a save was refused because someone else saved in between: their version, beside the user's.</summary>
    public Conflitto? AltraVersione { get; init; }

    /// <summary>Set when sending needs the user to confirm values below target without corrective actions.</summary>
    public IReadOnlyList<string> FuoriTarget { get; init; } = [];

    public sealed record Conflitto(string? StatoAttuazione, string? AzioniCorrettive, string? Utente, DateTime? AtUtc,
        IReadOnlyDictionary<int, string?> Consuntivi);
}
