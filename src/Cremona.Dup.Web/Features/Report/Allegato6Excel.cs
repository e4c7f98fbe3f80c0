using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Excel;
using Cremona.Dup.Web.Infrastructure.Web;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>The Excel twin of the Allegato 6 (decisions §3): Info, Obiettivi, Indicatori, Partecipate; one row per item.</summary>
public static class Allegato6Excel
{
    public static async Task<byte[]> RenderAsync(Allegato6Report report, string utente, CancellationToken ct, string? ente = null)
    {
        using var output = new MemoryStream();
        await XlsxWriter.WriteAsync(Workbook(report, utente, ente), output, ct);
        return output.ToArray();
    }

    public static ExcelWorkbook Workbook(Allegato6Report report, string utente, string? ente = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var anni = report.AnniConsuntivo;
        var autore = ente is null ? Allegato6Report.Autore : $"{ente} – {Allegato6Report.Ufficio}";
        return new ExcelWorkbook($"Allegato 6 – {report.Titolo}", autore,
            $"Allegato 6, rilevazione {report.Rilevazione.Titolo}", [Info(report, utente, autore), Obiettivi(report), Indicatori(report, anni), Partecipate(report)]);
    }

    private static ExcelSheet Info(Allegato6Report report, string utente, string autore)
    {
        List<IReadOnlyList<object?>> rows =
        [
            ["Ente", autore],
            ["Documento", $"Allegato 6) – {report.Titolo}"],
            ["Rilevazione", $"{report.Rilevazione.Titolo} al {Formats.Data(report.Rilevazione.Data)}"],
            ["Stato della rilevazione", report.Rilevazione.Stato switch
            {
                StatoRilevazione.Chiusa => "Chiusa",
                StatoRilevazione.Aperta => "Aperta (BOZZA: i testi sono gli ultimi salvati)",
                _ => "In preparazione (BOZZA)",
            }],
            ["Filtri applicati", report.Filtro.Descrizione],
            ["Ambito", report.Scope.Completo ? "Tutti gli obiettivi" : "Solo gli obiettivi del responsabile gestionale che ha estratto i dati"],
            ["Utente", utente],
            ["Data di estrazione", Formats.DataOra(report.EstrattoAtUtc)],
            ["Obiettivi operativi", report.Obiettivi.Count()],
            ["Indicatori", report.Indicatori.Count()],
        ];
        return new ExcelSheet("Info", [new("Voce"), new("Valore")], rows);
    }

    private static ExcelSheet Obiettivi(Allegato6Report report)
    {
        var titolo = report.Rilevazione.Titolo;
        ExcelColumn[] columns =
        [
            new("Missione", ExcelColumnKind.WholeNumber), new("Nome missione"), new("Programma"), new("Nome programma"),
            new("Obiettivo strategico"), new("Nome obiettivo strategico"), new("Obiettivo operativo"), new("Nome obiettivo operativo"),
            new("Responsabile politico"), new("Responsabile gestionale"), new("Descrizione sintetica"), new("Gap"), new("Stakeholder"),
            new("Settori coinvolti"), new("Anno definizione", ExcelColumnKind.WholeNumber), new("Definizione Ob. Operativo DUP"),
            new("Stato compilazione"), new($"Stato di attuazione {titolo}"), new($"Azioni correttive {titolo}"),
        ];
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var m in report.Missioni)
            foreach (var p in m.Programmi)
                foreach (var o in p.Obiettivi)
                    rows.Add([m.Numero, m.Nome, p.Codice, p.Nome, o.StrategicoCodice, o.StrategicoNome, o.Codice, o.Nome,
                        o.ResponsabilePolitico, o.ResponsabileGestionale, o.DescrizioneSintetica, o.Gap, o.Stakeholder,
                        o.SettoriCoinvolti, o.DefinizioneAnno, o.Definizione, Stato(o.Stato), o.StatoAttuazione, o.AzioniCorrettive]);
        return new ExcelSheet("Obiettivi", columns, rows);
    }

    private static string? Stato(StatoCompilazione? stato) => stato switch
    {
        null => null,
        StatoCompilazione.DaCompilare => "Da compilare",
        StatoCompilazione.Bozza => "In bozza",
        StatoCompilazione.Inviato => "Inviato",
        StatoCompilazione.Restituito => "Restituito",
        _ => "Validato",
    };

    private static ExcelSheet Indicatori(Allegato6Report report, IReadOnlyList<int> anni)
    {
        List<ExcelColumn> columns =
        [
            new("Missione", ExcelColumnKind.WholeNumber), new("Programma"), new("Obiettivo strategico"), new("Obiettivo operativo"),
            new("Indicatore"), new("Finalità"), new("Formula"), new("Target", ExcelColumnKind.Number),
        ];
        columns.AddRange(anni.Select(a => new ExcelColumn($"Consuntivo {a}", ExcelColumnKind.Number)));
        columns.Add(new("Note"));
        columns.Add(new($"Nota {report.Rilevazione.Titolo}"));
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var m in report.Missioni)
            foreach (var p in m.Programmi)
                foreach (var o in p.Obiettivi)
                    foreach (var i in o.Indicatori)
                    {
                        List<object?> row = [m.Numero, p.Codice, o.StrategicoCodice, o.Codice, i.Nome, i.Finalita, i.Formula, i.Target];
                        row.AddRange(anni.Select(a => (object?)i.ConsuntivoDi(a)));
                        row.Add(i.Note);
                        row.Add(i.NotaRilevazione);
                        rows.Add(row);
                    }
        return new ExcelSheet("Indicatori", columns, rows);
    }

    private static ExcelSheet Partecipate(Allegato6Report report)
    {
        ExcelColumn[] columns =
        [
            new("Organismo"), new("Sezione"), new("Titolo sezione"), new("Indirizzo"), new("Testo indirizzo"), new("Indicatore"),
            new("Target atteso"), new("Finalità"), new("Formula"), new("Risultato"), new("Rendicontazione"),
        ];
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var o in report.Partecipate)
            foreach (var s in o.Sezioni)
                foreach (var i in s.Indirizzi)
                    foreach (var k in i.Indicatori)
                        rows.Add([o.Nome, s.Numero, s.Titolo, i.Lettera, i.Testo, k.Nome, k.TargetAtteso, k.Finalita, k.Formula,
                            k.Risultato, i.Rendicontazione]);
        return new ExcelSheet("Partecipate", columns, rows);
    }
}
