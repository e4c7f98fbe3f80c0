using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>Italian labels of <see cref="StatoCompilazione"/>, as the dashboard and the reminders write them.</summary>
public static class StatiCompilazione
{
    public static readonly IReadOnlyList<StatoCompilazione> Tutti =
        [StatoCompilazione.DaCompilare, StatoCompilazione.Bozza, StatoCompilazione.Inviato, StatoCompilazione.Restituito, StatoCompilazione.Validato];

    public static string Etichetta(StatoCompilazione stato) => stato switch
    {
        StatoCompilazione.DaCompilare => "Da compilare",
        StatoCompilazione.Bozza => "In bozza",
        StatoCompilazione.Inviato => "Inviato",
        StatoCompilazione.Restituito => "Restituito",
        StatoCompilazione.Validato => "Validato",
        _ => stato.ToString(),
    };

    /// <summary>Not yet sent to Segreteria: what the responsabile still has to do.</summary>
    public static bool DaCompletare(StatoCompilazione stato) =>
        stato is StatoCompilazione.DaCompilare or StatoCompilazione.Bozza or StatoCompilazione.Restituito;
}
