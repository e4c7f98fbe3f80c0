using System.Globalization;
using System.Text;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Notifiche;
using Cremona.Dup.Web.Infrastructure.Web;

namespace Cremona.Dup.Web.Features.Promemoria;

/// <summary>
/// The words of an automatic reminder: title (the e-mail's subject) and a light-Markdown text listing the missing
/// obiettivi with a link to each form. The e-mail and the in-app notification share them.
/// </summary>
public static class TestoPromemoria
{
    public static Messaggio Crea(RilevazioneConScadenza rilevazione, string responsabile,
        IReadOnlyList<ObiettivoDaCompletare> obiettivi, int giorniAllaScadenza)
    {
        ArgumentNullException.ThrowIfNull(rilevazione);
        ArgumentNullException.ThrowIfNull(obiettivi);
        var scadenza = Formats.Data(rilevazione.Scadenza);
        var ritardo = -giorniAllaScadenza;

        var titolo = giorniAllaScadenza >= 0
            ? $"Promemoria: rilevazione «{rilevazione.Titolo}» in scadenza il {scadenza} ({Quando(giorniAllaScadenza)})"
            : $"Sollecito: rilevazione «{rilevazione.Titolo}» scaduta il {scadenza} ({Giorni(ritardo)} fa)";

        var testo = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Gentile {Escape(responsabile)},\n\n")
            .Append(CultureInfo.InvariantCulture,
                $"la rilevazione **{Escape(rilevazione.Titolo)}** dello stato di attuazione al {Formats.DataEstesa(rilevazione.Data)} ")
            .Append(giorniAllaScadenza switch
            {
                > 1 => $"scade il **{scadenza}**: mancano {giorniAllaScadenza} giorni.",
                1 => $"scade domani, **{scadenza}**.",
                0 => $"scade oggi, **{scadenza}**.",
                _ => $"è scaduta il **{scadenza}**, {Giorni(ritardo)} fa.",
            })
            .Append("\n\n")
            .Append(obiettivi.Count == 1
                ? "Risulta ancora da completare 1 obiettivo operativo di cui è responsabile gestionale:\n\n"
                : $"Risultano ancora da completare {obiettivi.Count} obiettivi operativi di cui è responsabile gestionale:\n\n");
        foreach (var o in obiettivi)
        {
            testo.Append(CultureInfo.InvariantCulture,
                $"- [{o.Codice} – {Escape(o.Nome)}](/rilevazioni/{Formats.Iso(rilevazione.Data)}/obiettivi/{o.Codice}) – {Stato(o.Stato)}\n");
        }
        testo.Append("\nPer ogni obiettivo compilare lo stato di attuazione, le azioni correttive e i valori degli indicatori, ")
            .Append("poi premere «Invia».");
        if (giorniAllaScadenza < 0)
            testo.Append(" Se non è possibile completare a breve, avvisare la Segreteria Generale.");
        testo.Append("\n\nMessaggio automatico di Cremona.Dup, il monitoraggio del DUP del Comune di Cremona: ")
            .Append("non rispondere a questo indirizzo.");

        return new Messaggio(titolo, testo.ToString(), "/");
    }

    private static string Quando(int giorni) => giorni switch
    {
        0 => "oggi",
        1 => "domani",
        _ => $"tra {giorni} giorni",
    };

    private static string Giorni(int giorni) => giorni == 1 ? "1 giorno" : $"{giorni} giorni";

    private static string Stato(StatoCompilazione stato) => stato switch
    {
        StatoCompilazione.Bozza => "in bozza",
        StatoCompilazione.Restituito => "restituito dalla Segreteria",
        _ => "da compilare",
    };

    /// <summary>Names come from the plan and round titles from Segreteria: their characters stay text, never Markdown.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#') builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }
}
