using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public sealed record DashboardViewModel(
    RilevazioneIntestazione Rilevazione,
    string? GiorniAllaScadenza,
    int ObiettiviNelPiano,
    Conteggi Totale,
    IReadOnlyList<DashboardViewModel.Gruppo> PerResponsabile,
    IReadOnlyList<DashboardViewModel.Gruppo> PerProgramma,
    DashboardFiltri Filtri,
    IReadOnlyList<DashboardViewModel.Riga> Elenco)
{
    /// <summary>The lists below the tables, after the filters.</summary>
    public IEnumerable<Riga> DaCompletare => Elenco.Where(r => StatiCompilazione.DaCompletare(r.Stato));

    public IEnumerable<Riga> DaValidare => Elenco.Where(r => r.Stato == StatoCompilazione.Inviato);

    public IEnumerable<Riga> Validati => Elenco.Where(r => r.Stato == StatoCompilazione.Validato);

    /// <summary>The page with its filters, where the forms on it come back to.</summary>
    public string UrlCorrente => Rilevazione.Url + Filtri.QueryString();

    public sealed record Gruppo(string Chiave, string Nome, Conteggi Conteggi);

    public sealed record Riga(
        string Codice, string Nome, string ProgrammaCodice, string ProgrammaNome, int ResponsabileId, string Responsabile,
        StatoCompilazione Stato, bool Riaperto, DateTime? InviatoAtUtc, string? InviatoDa, DateTime? UpdatedAtUtc,
        string? UpdatedBy);
}
