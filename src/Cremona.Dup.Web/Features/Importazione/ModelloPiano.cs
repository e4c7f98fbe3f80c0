using System.Globalization;
using Cremona.Dup.Web.Infrastructure.Excel;
using Cremona.Dup.Web.Infrastructure.Web;

namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>
/// The Excel template of the plan: an "Istruzioni" sheet, then one sheet per level, linked by codes. The same names are
/// what <see cref="ValidatoreImportazione"/> looks for, so the template and the import cannot drift apart.
/// </summary>
public static class ModelloPiano
{
    public const string Istruzioni = "Istruzioni";
    public const string Missioni = "Missioni";
    public const string Programmi = "Programmi";
    public const string Strategici = "Obiettivi strategici";
    public const string Operativi = "Obiettivi operativi";
    public const string Indicatori = "Indicatori";
    public const string PrefissoDefinizione = "Definizione ";

    public static readonly IReadOnlyList<ExcelColumn> ColonneMissioni = [new("Numero", ExcelColumnKind.WholeNumber), new("Nome")];

    public static readonly IReadOnlyList<ExcelColumn> ColonneProgrammi =
    [
        new("Codice"), new("Missione", ExcelColumnKind.WholeNumber), new("Nome"), new("Responsabili"), new("Descrizione"),
        new("Motivazione delle scelte"), new("Finalità da conseguire"), new("Risorse umane"), new("Risorse strumentali"),
    ];

    public static readonly IReadOnlyList<ExcelColumn> ColonneStrategici = [new("Codice"), new("Nome")];

    public static IReadOnlyList<ExcelColumn> ColonneOperativi(int anno) =>
    [
        new("Codice"), new("Programma"), new("Obiettivo strategico"), new("Nome"), new("Responsabile politico"),
        new("Responsabile gestionale"), new("Descrizione sintetica"), new("Gap"), new("Stakeholder"), new("Settori coinvolti"),
        new(PrefissoDefinizione + anno.ToString(CultureInfo.InvariantCulture)),
    ];

    public static readonly IReadOnlyList<ExcelColumn> ColonneIndicatori =
    [
        new("Obiettivo operativo"), new("N.", ExcelColumnKind.WholeNumber), new("Nome"), new("Finalità"), new("Formula"),
        new("Target", ExcelColumnKind.Number), new("Note"), new("Primo anno", ExcelColumnKind.WholeNumber),
        new("Ultimo anno", ExcelColumnKind.WholeNumber),
    ];

    public static string NomeFile(int anno) => $"modello-piano-{anno.ToString(CultureInfo.InvariantCulture)}.xlsx";

    public static ExcelWorkbook Workbook(PianoRighe piano, int anno, string ente, string utente, DateTime generatoIl)
    {
        ArgumentNullException.ThrowIfNull(piano);
        var istruzioni = TestoIstruzioni(anno, ente, utente, generatoIl).Select(r => (IReadOnlyList<object?>)[r.Voce, r.Testo]).ToList();
        return new ExcelWorkbook($"Modello del piano {anno} – {ente}", "Comune di Cremona – Cremona.Dup", "Importazione del DUP",
        [
            new ExcelSheet(Istruzioni, [new("Voce"), new("Istruzioni")], istruzioni),
            new ExcelSheet(Missioni, ColonneMissioni,
                piano.Missioni.Select(m => (IReadOnlyList<object?>)[m.Numero, m.Nome]).ToList()),
            new ExcelSheet(Programmi, ColonneProgrammi, piano.Programmi.Select(p => (IReadOnlyList<object?>)
                [p.Codice, p.Missione, p.Nome, p.Responsabili, p.Descrizione, p.MotivazioneScelte, p.FinalitaDaConseguire,
                 p.RisorseUmane, p.RisorseStrumentali]).ToList()),
            new ExcelSheet(Strategici, ColonneStrategici,
                piano.Strategici.Select(s => (IReadOnlyList<object?>)[s.Codice, s.Nome]).ToList()),
            new ExcelSheet(Operativi, ColonneOperativi(anno), piano.Operativi.Select(o => (IReadOnlyList<object?>)
                [o.Codice, o.Programma, o.Strategico, o.Nome, o.ResponsabilePolitico, o.ResponsabileGestionale,
                 o.DescrizioneSintetica, o.Gap, o.Stakeholder, o.SettoriCoinvolti, o.Definizione]).ToList()),
            new ExcelSheet(Indicatori, ColonneIndicatori, piano.Indicatori.Select(i => (IReadOnlyList<object?>)
                [i.Obiettivo, i.Numero, i.Nome, i.Finalita, i.Formula, i.Target, i.Note, i.PrimoAnno, i.UltimoAnno]).ToList()),
        ]);
    }

    private static IEnumerable<(string Voce, string Testo)> TestoIstruzioni(int anno, string ente, string utente, DateTime generatoIl)
    {
        yield return ("Documento", $"Modello del piano (DUP) {anno} – {ente}");
        yield return ("Estratto da", $"{utente}, il {Formats.DataOra(generatoIl)}");
        yield return ("Come si usa", "Il file contiene il piano attuale. Modificarlo o compilarlo per il nuovo anno, salvarlo in formato .xlsx " +
            "(massimo 10 MB) e caricarlo dalla pagina «Importa il piano»: prima di scrivere qualsiasi cosa l'applicazione " +
            "controlla l'intero file e mostra un'anteprima con ciò che verrà aggiunto, modificato e ritirato, oppure ogni errore " +
            "con foglio, riga e colonna. Le modifiche si applicano solo dall'anteprima, tutte insieme o nessuna.");
        yield return ("Nuovo anno", "Per il DUP di un nuovo anno creare prima il piano dell'anno successivo dalla pagina " +
            "«Piano» («Crea il piano …»: porta struttura, responsabili e indicatori al nuovo anno), poi scaricare il modello " +
            "di quell'anno, compilarlo e caricarlo.");
        yield return ("Fogli", "Non rinominare i fogli né le intestazioni della prima riga; l'ordine delle colonne è libero. " +
            "Le righe vuote sono ignorate.");
        yield return ("Codici", "I codici collegano i fogli: programma «1.02» (numero della missione, punto, due cifre: deve " +
            "iniziare con il numero della sua missione), obiettivo strategico «B01», obiettivo operativo «C06». Un codice " +
            "compare una sola volta nel suo foglio.");
        yield return ("Righe tolte", "Una riga che manca dal file significa «ritira»: il programma, l'obiettivo o l'indicatore " +
            "non viene cancellato ma ritirato, con la sua storia e i suoi consuntivi. Una riga ritirata che ricompare viene " +
            "ripristinata. Le missioni non si ritirano.");
        yield return (Missioni, "Obbligatori: Numero (intero), Nome.");
        yield return (Programmi, "Obbligatori: Codice, Missione (numero di una missione del foglio Missioni), Nome. " +
            "Gli altri testi sono facoltativi.");
        yield return (Strategici, "Obbligatori: Codice, Nome.");
        yield return (Operativi, "Obbligatori: Codice, Programma (codice del foglio Programmi), Nome, Responsabile gestionale " +
            "(cognome e nome come stampati nel piano: un nome nuovo crea un nuovo responsabile). Obiettivo strategico: " +
            "facoltativo, se indicato deve essere nel foglio Obiettivi strategici. La colonna «Definizione " +
            anno.ToString(CultureInfo.InvariantCulture) + "» è la definizione dell'obiettivo per l'anno " +
            anno.ToString(CultureInfo.InvariantCulture) + ": vuota la toglie.");
        yield return (Indicatori, "Obbligatori: Obiettivo operativo (codice del foglio Obiettivi operativi), Nome, Primo anno e " +
            "Ultimo anno (numeri interi tra 2000 e 2100). N. è il numero dell'indicatore nel suo obiettivo e lo identifica: " +
            "lasciarlo com'è per gli indicatori esistenti, vuoto per un indicatore nuovo (riceve il numero successivo). " +
            "Target: un numero (facoltativo).");
    }
}
