using System.Text;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Notifiche;
using Cremona.Dup.Web.Infrastructure.Web;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>
/// The words of a reminder to a responsabile who still has obiettivi to complete in an open round. One text for the
/// manual "Invia sollecito" of Segreteria and for the automatic reminders, shown in the app and e-mailed alike.
/// </summary>
public static class TestoSollecito
{
    /// <summary>What the reminder says about the round.</summary>
    public sealed record DatiRilevazione(DateOnly Data, string Titolo, DateOnly? Scadenza);

    /// <summary>One obiettivo still to complete (da compilare, in bozza or restituito).</summary>
    public sealed record ObiettivoDaCompletare(string Codice, string Nome, StatoCompilazione Stato);

    /// <summary>
    /// Composes the reminder: subject and body listing each obiettivo with the address of its form on the next line
    /// (plain text that reads well in an e-mail and, as light Markdown, in the app).
    /// </summary>
    /// <param name="rilevazione">The round.</param>
    /// <param name="responsabile">The responsabile gestionale's name as printed in the plan ("Di Girolamo Gabriella").</param>
    /// <param name="daCompletare">Their obiettivi not yet sent, in the order to list them; at least one.</param>
    /// <param name="oggi">Today's date in Europe/Rome, to tell the days left before the deadline or past it.</param>
    /// <param name="indirizzoBase">
    /// Public address of the application ("https://dup.comune.cremona.it") to make the links absolute, as e-mails need;
    /// null keeps them relative ("/rilevazioni/2019-12-31/obiettivi/C06").
    /// </param>
    public static Messaggio Componi(DatiRilevazione rilevazione, string responsabile,
        IReadOnlyList<ObiettivoDaCompletare> daCompletare, DateOnly oggi, Uri? indirizzoBase = null)
    {
        ArgumentNullException.ThrowIfNull(rilevazione);
        ArgumentException.ThrowIfNullOrWhiteSpace(responsabile);
        ArgumentNullException.ThrowIfNull(daCompletare);
        if (daCompletare.Count == 0)
            throw new ArgumentException("Il sollecito deve elencare almeno un obiettivo.", nameof(daCompletare));

        var quanti = daCompletare.Count == 1 ? "1 obiettivo da completare" : $"{daCompletare.Count} obiettivi da completare";
        var titolo = rilevazione.Scadenza is { } s
            ? (s < oggi ? $"Sollecito: {rilevazione.Titolo}, {quanti} (scadenza superata il {Formats.Data(s)})"
                : $"Sollecito: {rilevazione.Titolo}, {quanti} entro il {Formats.Data(s)}")
            : $"Sollecito: {rilevazione.Titolo}, {quanti}";

        var testo = new StringBuilder();
        testo.Append("Gentile ").Append(responsabile).Append(",\n\n");
        testo.Append("per la rilevazione «").Append(rilevazione.Titolo).Append("» (stato di attuazione al ")
            .Append(Formats.DataEstesa(rilevazione.Data)).Append(") ")
            .Append(daCompletare.Count == 1
                ? "risulta ancora da completare questo obiettivo operativo di cui è responsabile gestionale:"
                : $"risultano ancora da completare questi {daCompletare.Count} obiettivi operativi di cui è responsabile gestionale:")
            .Append("\n\n");
        foreach (var o in daCompletare)
        {
            var link = DataRilevazione.UrlObiettivo(rilevazione.Data, o.Codice);
            if (indirizzoBase is not null) link = new Uri(indirizzoBase, link).ToString();
            testo.Append("- ").Append(o.Codice).Append(" – ").Append(o.Nome).Append(" (").Append(Stato(o.Stato)).Append(")\n  ")
                .Append(link).Append('\n');
        }
        testo.Append('\n').Append(Scadenza(rilevazione.Scadenza, oggi)).Append("\n\n");
        testo.Append("Per ogni obiettivo compili lo stato di attuazione, le azioni correttive e i valori degli indicatori, ")
            .Append("poi prema «Invia» per trasmetterlo alla Segreteria Generale.\n\n");
        testo.Append("Segreteria Generale – Comune di Cremona");
        return new Messaggio(titolo, testo.ToString(), "/");
    }

    private static string Stato(StatoCompilazione stato) => stato switch
    {
        StatoCompilazione.Bozza => "in bozza, non ancora inviato",
        StatoCompilazione.Restituito => "restituito dalla Segreteria Generale, da correggere e inviare di nuovo",
        _ => "da compilare",
    };

    private static string Scadenza(DateOnly? scadenza, DateOnly oggi)
    {
        if (scadenza is not { } s) return "La rilevazione non ha una scadenza: la invitiamo a completarla appena possibile.";
        var giorni = s.DayNumber - oggi.DayNumber;
        return giorni switch
        {
            0 => $"La scadenza è oggi, {Formats.Data(s)}.",
            1 => $"La scadenza è domani, {Formats.Data(s)}.",
            > 1 => $"La scadenza è il {Formats.Data(s)}: mancano {giorni} giorni.",
            -1 => $"La scadenza del {Formats.Data(s)} è superata da 1 giorno: la invitiamo a completare subito.",
            _ => $"La scadenza del {Formats.Data(s)} è superata da {-giorni} giorni: la invitiamo a completare subito.",
        };
    }
}
