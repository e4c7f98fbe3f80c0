using System.Globalization;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Excel;
using Cremona.Dup.Web.Infrastructure.Text;

namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>
/// Checks an uploaded workbook as a whole against the current plan and tells what importing it would do. Pure: the same
/// file and plan give the same preview, at upload and again at apply time. Every error names its sheet, row and column.
/// </summary>
public static class ValidatoreImportazione
{
    private static readonly CultureInfo Italiano = CultureInfo.GetCultureInfo("it-IT");

    public static Anteprima Valida(FileLetto file, PianoAttuale attuale)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(attuale);
        if (file.Errori.Count > 0 && file.Fogli.Count == 0) return Anteprima.ConErrori(file.Errori);

        var errori = new List<ErroreImportazione>(file.Errori);
        var missioni = Foglio(file, ModelloPiano.Missioni, ModelloPiano.ColonneMissioni.Select(c => c.Header), errori);
        var programmi = Foglio(file, ModelloPiano.Programmi, ModelloPiano.ColonneProgrammi.Select(c => c.Header), errori);
        var strategici = Foglio(file, ModelloPiano.Strategici, ModelloPiano.ColonneStrategici.Select(c => c.Header), errori);
        var operativi = Foglio(file, ModelloPiano.Operativi, ModelloPiano.ColonneOperativi(0).SkipLast(1).Select(c => c.Header), errori);
        var indicatori = Foglio(file, ModelloPiano.Indicatori, ModelloPiano.ColonneIndicatori.Select(c => c.Header), errori);
        var anno = operativi is null ? null : AnnoDefinizione(operativi, errori);
        if (missioni is null || programmi is null || strategici is null || operativi is null || indicatori is null || anno is null)
            return Anteprima.ConErrori(errori, anno?.Anno);

        // The keys of every row, valid or not, so that a row with an error elsewhere does not make its children errors too.
        var numeriMissioni = new HashSet<int>();
        var codiciStrategici = new HashSet<string>(StringComparer.Ordinal);
        var codiciProgrammi = new HashSet<string>(StringComparer.Ordinal);
        var codiciOperativi = new HashSet<string>(StringComparer.Ordinal);
        var righeMissioni = LeggiMissioni(missioni, numeriMissioni, errori);
        var righeStrategici = LeggiStrategici(strategici, codiciStrategici, errori);
        var righeProgrammi = LeggiProgrammi(programmi, numeriMissioni, codiciProgrammi, errori);
        // A responsabile already known keeps the spelling of the database ("rossi mario" is Rossi Mario).
        var noti = attuale.Responsabili.GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        // An obiettivo may keep the retired obiettivo strategico it already points at (retired ones are not in the template).
        var strategiciRitirati = attuale.Righe.Strategici.Where(s => s.Ritirato).Select(s => s.Codice).ToHashSet(StringComparer.Ordinal);
        var legami = attuale.Righe.Operativi.Where(o => o.Strategico is not null && strategiciRitirati.Contains(o.Strategico))
            .Select(o => (o.Codice, o.Strategico!)).ToHashSet();
        var righeOperativi = LeggiOperativi(operativi, anno.Value.Colonna, codiciProgrammi, codiciStrategici, legami, codiciOperativi, errori)
            .Select(o => noti.TryGetValue(o.ResponsabileGestionale, out var nome) ? o with { ResponsabileGestionale = nome } : o).ToList();
        var righeIndicatori = LeggiIndicatori(indicatori, codiciOperativi, attuale, errori);
        var righe = new PianoRighe(righeMissioni, righeProgrammi, righeStrategici, righeOperativi, righeIndicatori);

        if (errori.Count > 0) return Anteprima.ConErrori(errori, anno.Value.Anno);
        return Confronta(righe, attuale, anno.Value.Anno);
    }

    /// <summary>The plan year of a file: the one in its "Definizione {anno}" header; null when it has none.</summary>
    public static int? AnnoDelFile(FileLetto file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Fogli.TryGetValue(ModelloPiano.Operativi, out var foglio)) return null;
        var anni = foglio.Intestazioni.Values
            .Where(h => h.StartsWith(ModelloPiano.PrefissoDefinizione, StringComparison.OrdinalIgnoreCase))
            .Select(h => int.TryParse(h[ModelloPiano.PrefissoDefinizione.Length..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : 0)
            .ToList();
        return anni is [var anno] && anno is >= Anni.Min and <= Anni.Max ? anno : null;
    }

    // ---- structure ----

    private sealed record Colonne(FoglioLetto Foglio, Dictionary<string, int> Indici)
    {
        public string Nome => Foglio.Nome;

        public int this[string intestazione] => Indici[intestazione];

        public string Etichetta(int colonna) =>
            $"{XlsxWriter.ColumnName(colonna + 1)} ({Foglio.Intestazioni.GetValueOrDefault(colonna, "")})";
    }

    private static Colonne? Foglio(FileLetto file, string nome, IEnumerable<string> richieste, List<ErroreImportazione> errori)
    {
        if (!file.Fogli.TryGetValue(nome, out var foglio))
        {
            errori.Add(new ErroreImportazione(nome, null, null, "il foglio manca nel file: usare il modello scaricato dall'applicazione."));
            return null;
        }
        var indici = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (colonna, intestazione) in foglio.Intestazioni.OrderBy(x => x.Key))
        {
            if (indici.TryGetValue(intestazione, out var prima))
            {
                errori.Add(new ErroreImportazione(nome, 1, $"{XlsxWriter.ColumnName(colonna + 1)} ({intestazione})",
                    $"la colonna «{intestazione}» compare due volte (anche in colonna {XlsxWriter.ColumnName(prima + 1)})."));
                continue;
            }
            indici[intestazione] = colonna;
        }
        var ok = true;
        foreach (var richiesta in richieste)
        {
            if (indici.ContainsKey(richiesta)) continue;
            errori.Add(new ErroreImportazione(nome, 1, null, $"manca la colonna «{richiesta}»."));
            ok = false;
        }
        return ok ? new Colonne(foglio, indici) : null;
    }

    private static (int Anno, int Colonna)? AnnoDefinizione(Colonne foglio, List<ErroreImportazione> errori)
    {
        var definizioni = foglio.Indici.Where(x => x.Key.StartsWith(ModelloPiano.PrefissoDefinizione, StringComparison.OrdinalIgnoreCase)).ToList();
        if (definizioni.Count != 1)
        {
            errori.Add(new ErroreImportazione(foglio.Nome, 1, null, definizioni.Count == 0
                ? "manca la colonna «Definizione» seguita dall'anno del piano (ad esempio «Definizione 2020»)."
                : "c'è più di una colonna «Definizione …»: lasciarne una sola, quella dell'anno del piano."));
            return null;
        }
        var (intestazione, colonna) = definizioni[0];
        var testo = intestazione[ModelloPiano.PrefissoDefinizione.Length..].Trim();
        if (!int.TryParse(testo, NumberStyles.None, CultureInfo.InvariantCulture, out var anno))
        {
            errori.Add(new ErroreImportazione(foglio.Nome, 1, foglio.Etichetta(colonna),
                $"«{testo}» non è un anno: l'intestazione deve essere «Definizione» seguita dall'anno del piano (ad esempio «Definizione 2020»)."));
            return null;
        }
        if (anno is < Anni.Min or > Anni.Max)
        {
            errori.Add(new ErroreImportazione(foglio.Nome, 1, foglio.Etichetta(colonna),
                $"l'anno {anno} è fuori dall'intervallo ammesso ({Anni.Min}–{Anni.Max})."));
            return null;
        }
        return (anno, colonna);
    }

    // ---- rows ----

    private sealed class Lettura(Colonne colonne, RigaLetta riga, List<ErroreImportazione> errori)
    {
        public int Numero => riga.Numero;

        public bool Valida { get; private set; } = true;

        public void Errore(int colonna, string messaggio)
        {
            errori.Add(new ErroreImportazione(colonne.Nome, riga.Numero, colonne.Etichetta(colonna), messaggio));
            Valida = false;
        }

        public void Errore(string intestazione, string messaggio) => Errore(colonne[intestazione], messaggio);

        private CellaLetta? Cella(int colonna) => riga.Celle.GetValueOrDefault(colonna);

        public string? Testo(string intestazione, int massimo, bool obbligatorio = false) => Testo(colonne[intestazione], massimo, obbligatorio);

        public string? Testo(int colonna, int massimo, bool obbligatorio = false)
        {
            var testo = Texts.Clean(Cella(colonna)?.Testo);
            if (testo is null)
            {
                if (obbligatorio) Errore(colonna, "manca il valore, che è obbligatorio.");
                return null;
            }
            if (testo.Length > massimo)
            {
                Errore(colonna, $"il testo è troppo lungo ({testo.Length.ToString("N0", Italiano)} caratteri): al massimo {massimo.ToString("N0", Italiano)}.");
                return null;
            }
            return testo;
        }

        public string? Codice(string intestazione, Func<string?, bool> valido, string cosa, string esempio, bool obbligatorio = true)
        {
            var testo = Testo(intestazione, TextLimits.Codice * 4, obbligatorio)?.ToUpperInvariant();
            if (testo is null) return null;
            if (valido(testo)) return testo;
            Errore(intestazione, $"«{testo}» non è un codice di {cosa} valido (esempio: {esempio}).");
            return null;
        }

        public int? Intero(string intestazione, int minimo, int massimo, bool obbligatorio = true)
        {
            var colonna = colonne[intestazione];
            var cella = Cella(colonna);
            if (cella is null || string.IsNullOrWhiteSpace(cella.Testo))
            {
                if (obbligatorio) Errore(colonna, "manca il valore, che è obbligatorio.");
                return null;
            }
            decimal? numero = cella.Numero;
            if (numero is null && int.TryParse(cella.Testo.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var daTesto))
                numero = daTesto;
            if (numero is not { } n || n != decimal.Truncate(n))
            {
                Errore(colonna, $"«{cella.Testo.Trim()}» non è un numero intero.");
                return null;
            }
            if (n < minimo || n > massimo)
            {
                Errore(colonna, $"{n.ToString(CultureInfo.InvariantCulture)} è fuori dall'intervallo ammesso ({minimo}–{massimo}).");
                return null;
            }
            return (int)n;
        }

        public decimal? Decimale(string intestazione)
        {
            var colonna = colonne[intestazione];
            var cella = Cella(colonna);
            if (cella is null) return null;
            if (cella.Numero is { } numero)
            {
                if (Math.Abs(numero) <= NumeroItaliano.Max) return Valori.Arrotonda(numero);
                Errore(colonna, $"{numero.ToString(CultureInfo.InvariantCulture)} è fuori dai limiti ammessi.");
                return null;
            }
            // A number typed in a text cell, the Italian way ("12,5").
            if (NumeroItaliano.TryParse(cella.Testo, out var valore, out _)) return valore is { } v ? Valori.Arrotonda(v) : null;
            Errore(colonna, $"«{cella.Testo.Trim()}» non è un numero.");
            return null;
        }
    }

    private static IEnumerable<Lettura> Righe(Colonne foglio, List<ErroreImportazione> errori) =>
        foglio.Foglio.Righe.Where(r => r.Celle.Keys.Any(foglio.Indici.ContainsValue)).Select(r => new Lettura(foglio, r, errori));

    private static void Unico<TKey>(Dictionary<TKey, int> visti, TKey chiave, Lettura riga, string intestazione, string cosa)
        where TKey : notnull
    {
        if (visti.TryGetValue(chiave, out var prima))
            riga.Errore(intestazione, $"{cosa} ripetuto: compare già alla riga {prima}.");
        else
            visti[chiave] = riga.Numero;
    }

    private static List<RigaMissione> LeggiMissioni(Colonne foglio, HashSet<int> chiavi, List<ErroreImportazione> errori)
    {
        var result = new List<RigaMissione>();
        var visti = new Dictionary<int, int>();
        foreach (var r in Righe(foglio, errori))
        {
            var numero = r.Intero("Numero", 1, 99);
            var nome = r.Testo("Nome", TextLimits.Nome, obbligatorio: true);
            if (numero is { } n)
            {
                chiavi.Add(n);
                Unico(visti, n, r, "Numero", $"numero di missione {n}");
            }
            if (r.Valida) result.Add(new RigaMissione(numero!.Value, nome!, r.Numero));
        }
        return result;
    }

    private static List<RigaStrategico> LeggiStrategici(Colonne foglio, HashSet<string> chiavi, List<ErroreImportazione> errori)
    {
        var result = new List<RigaStrategico>();
        var visti = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in Righe(foglio, errori))
        {
            var codice = r.Codice("Codice", Codici.IsObiettivoStrategico, "obiettivo strategico", "B01");
            var nome = r.Testo("Nome", TextLimits.Nome, obbligatorio: true);
            if (codice is not null)
            {
                chiavi.Add(codice);
                Unico(visti, codice, r, "Codice", $"codice {codice}");
            }
            if (r.Valida) result.Add(new RigaStrategico(codice!, nome!, Riga: r.Numero));
        }
        return result;
    }

    private static List<RigaProgramma> LeggiProgrammi(Colonne foglio, HashSet<int> missioni, HashSet<string> chiavi,
        List<ErroreImportazione> errori)
    {
        var result = new List<RigaProgramma>();
        var visti = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in Righe(foglio, errori))
        {
            var codice = r.Codice("Codice", Codici.IsProgramma, "programma", "1.02");
            var missione = r.Intero("Missione", 1, 99);
            var nome = r.Testo("Nome", TextLimits.Nome, obbligatorio: true);
            var responsabili = r.Testo("Responsabili", TextLimits.Persone);
            var descrizione = r.Testo("Descrizione", TextLimits.TestoLungo);
            var motivazione = r.Testo("Motivazione delle scelte", TextLimits.TestoLungo);
            var finalita = r.Testo("Finalità da conseguire", TextLimits.TestoLungo);
            var umane = r.Testo("Risorse umane", TextLimits.TestoLungo);
            var strumentali = r.Testo("Risorse strumentali", TextLimits.TestoLungo);
            if (missione is { } m && !missioni.Contains(m))
                r.Errore("Missione", $"la missione {m} non è nel foglio «{ModelloPiano.Missioni}».");
            else if (codice is not null && missione is { } mm && !codice.StartsWith($"{mm}.", StringComparison.Ordinal))
                r.Errore("Codice", $"il codice {codice} non corrisponde alla missione {mm}: deve iniziare con «{mm}.».");
            if (codice is not null)
            {
                chiavi.Add(codice);
                Unico(visti, codice, r, "Codice", $"codice {codice}");
            }
            if (r.Valida)
                result.Add(new RigaProgramma(codice!, missione!.Value, nome!, responsabili, descrizione, motivazione, finalita, umane,
                    strumentali, Riga: r.Numero));
        }
        return result;
    }

    private static List<RigaOperativo> LeggiOperativi(Colonne foglio, int colonnaDefinizione, HashSet<string> programmi,
        HashSet<string> strategici, HashSet<(string Codice, string Strategico)> legamiRitirati, HashSet<string> chiavi,
        List<ErroreImportazione> errori)
    {
        var result = new List<RigaOperativo>();
        var visti = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in Righe(foglio, errori))
        {
            var codice = r.Codice("Codice", Codici.IsObiettivoOperativo, "obiettivo operativo", "C06");
            var programma = r.Codice("Programma", Codici.IsProgramma, "programma", "1.02");
            var strategico = r.Codice("Obiettivo strategico", Codici.IsObiettivoStrategico, "obiettivo strategico", "B01", obbligatorio: false);
            var nome = r.Testo("Nome", TextLimits.Nome, obbligatorio: true);
            var politico = r.Testo("Responsabile politico", TextLimits.Persone);
            var gestionale = r.Testo("Responsabile gestionale", TextLimits.Persona, obbligatorio: true);
            var descrizione = r.Testo("Descrizione sintetica", TextLimits.TestoLungo);
            var gap = r.Testo("Gap", TextLimits.TestoLungo);
            var stakeholder = r.Testo("Stakeholder", TextLimits.TestoBreve);
            var settori = r.Testo("Settori coinvolti", TextLimits.TestoBreve);
            var definizione = r.Testo(colonnaDefinizione, TextLimits.TestoLungo);
            if (programma is not null && !programmi.Contains(programma))
                r.Errore("Programma", $"il programma {programma} non è nel foglio «{ModelloPiano.Programmi}».");
            if (strategico is not null && !strategici.Contains(strategico) && !(codice is not null && legamiRitirati.Contains((codice, strategico))))
                r.Errore("Obiettivo strategico", $"l'obiettivo strategico {strategico} non è nel foglio «{ModelloPiano.Strategici}».");
            if (codice is not null)
            {
                chiavi.Add(codice);
                Unico(visti, codice, r, "Codice", $"codice {codice}");
            }
            if (r.Valida)
                result.Add(new RigaOperativo(codice!, programma!, strategico, nome!, politico, Valori.Persona(gestionale!), descrizione,
                    gap, stakeholder, settori, definizione, Riga: r.Numero));
        }
        return result;
    }

    private static List<RigaIndicatore> LeggiIndicatori(Colonne foglio, HashSet<string> operativi, PianoAttuale attuale,
        List<ErroreImportazione> errori)
    {
        var esistenti = attuale.Righe.Indicatori.Select(i => i.Chiave).ToHashSet(StringComparer.Ordinal);
        var result = new List<RigaIndicatore>();
        var visti = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in Righe(foglio, errori))
        {
            var obiettivo = r.Codice("Obiettivo operativo", Codici.IsObiettivoOperativo, "obiettivo operativo", "C06");
            var numero = r.Intero("N.", 1, 999, obbligatorio: false);
            var nome = r.Testo("Nome", TextLimits.Nome, obbligatorio: true);
            var finalita = r.Testo("Finalità", TextLimits.TestoBreve);
            var formula = r.Testo("Formula", TextLimits.TestoBreve);
            var target = r.Decimale("Target");
            var note = r.Testo("Note", TextLimits.TestoLungo);
            var primo = r.Intero("Primo anno", Anni.Min, Anni.Max);
            var ultimo = r.Intero("Ultimo anno", Anni.Min, Anni.Max);
            if (obiettivo is not null && !operativi.Contains(obiettivo))
                r.Errore("Obiettivo operativo", $"l'obiettivo operativo {obiettivo} non è nel foglio «{ModelloPiano.Operativi}».");
            if (primo is { } p && ultimo is { } u && u < p)
                r.Errore("Ultimo anno", $"l'ultimo anno ({u}) non può precedere il primo ({p}).");
            if (obiettivo is not null && numero is { } n)
            {
                var chiave = RigaIndicatore.ChiaveDi(obiettivo, n);
                if (operativi.Contains(obiettivo) && !esistenti.Contains(chiave))
                    r.Errore("N.", $"l'obiettivo {obiettivo} non ha un indicatore n. {n}: per un indicatore nuovo lasciare vuota la colonna «N.».");
                Unico(visti, chiave, r, "N.", $"indicatore n. {n} dell'obiettivo {obiettivo}");
                if (r.Valida && attuale.AnniConsuntivi.TryGetValue(chiave, out var anni) && (primo > anni.Primo || ultimo < anni.Ultimo))
                    r.Errore("Primo anno", $"l'indicatore ha consuntivi dal {anni.Primo} al {anni.Ultimo}: il periodo deve comprenderli.");
            }
            if (r.Valida)
                result.Add(new RigaIndicatore(obiettivo!, numero, nome!, finalita, formula, target, note, primo!.Value, ultimo!.Value,
                    Riga: r.Numero));
        }
        return result;
    }

    // ---- comparison ----

    private static Anteprima Confronta(PianoRighe importato, PianoAttuale attuale, int anno)
    {
        var aggiunte = new List<VoceAnteprima>();
        var modifiche = new List<VoceModifica>();
        var ritiri = new List<VoceAnteprima>();
        var visibili = attuale.Righe.Visibili();
        var chiaviVisibili = new HashSet<string>(
            visibili.Strategici.Select(s => "S" + s.Chiave).Concat(visibili.Programmi.Select(p => "P" + p.Chiave))
                .Concat(visibili.Operativi.Select(o => "O" + o.Chiave)).Concat(visibili.Indicatori.Select(i => "I" + i.Chiave)),
            StringComparer.Ordinal);

        Confronta("Missione", importato.Missioni, attuale.Righe.Missioni, _ => false, m => m.Nome, aggiunte, modifiche, ritiri, _ => false);
        Confronta("Obiettivo strategico", importato.Strategici, attuale.Righe.Strategici, s => s.Ritirato, s => s.Nome, aggiunte, modifiche, ritiri,
            s => chiaviVisibili.Contains("S" + s.Chiave));
        Confronta("Programma", importato.Programmi, attuale.Righe.Programmi, p => p.Ritirato, p => p.Nome, aggiunte, modifiche, ritiri,
            p => chiaviVisibili.Contains("P" + p.Chiave));
        Confronta("Obiettivo operativo", importato.Operativi, attuale.Righe.Operativi, o => o.Ritirato, o => o.Nome, aggiunte, modifiche, ritiri,
            o => chiaviVisibili.Contains("O" + o.Chiave));
        Confronta("Indicatore", importato.Indicatori, attuale.Righe.Indicatori, i => i.Ritirato, i => i.Nome, aggiunte, modifiche, ritiri,
            i => chiaviVisibili.Contains("I" + i.Chiave));

        var noti = attuale.Responsabili.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var nuovi = importato.Operativi.Select(o => o.ResponsabileGestionale).Where(n => !noti.Contains(n))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return new Anteprima(anno, [], aggiunte, modifiche, ritiri, nuovi, importato);
    }

    private static void Confronta<T>(string tipo, IReadOnlyList<T> importati, IReadOnlyList<T> esistenti, Func<T, bool> ritirato,
        Func<T, string> nome, List<VoceAnteprima> aggiunte, List<VoceModifica> modifiche, List<VoceAnteprima> ritiri, Func<T, bool> nelPiano)
        where T : IRigaPiano
    {
        var perChiave = esistenti.ToDictionary(e => e.Chiave, StringComparer.Ordinal);
        var presenti = new HashSet<string>(StringComparer.Ordinal);
        foreach (var riga in importati)
        {
            if (!perChiave.TryGetValue(riga.Chiave, out var esistente))
            {
                aggiunte.Add(new VoceAnteprima(tipo, riga.Chiave, nome(riga)));
                continue;
            }
            presenti.Add(riga.Chiave);
            var campi = Differenze(esistente, riga);
            if (campi.Count > 0 || ritirato(esistente))
                modifiche.Add(new VoceModifica(tipo, riga.Chiave, nome(riga), ritirato(esistente), campi));
        }
        // Missing from the file means "retire" for the rows the template showed; rows already out of the plan stay as they are.
        foreach (var esistente in esistenti)
        {
            if (nelPiano(esistente) && !presenti.Contains(esistente.Chiave))
                ritiri.Add(new VoceAnteprima(tipo, esistente.Chiave, nome(esistente)));
        }
    }

    public static IReadOnlyList<CampoModificato> Differenze(IRigaPiano prima, IRigaPiano dopo)
    {
        ArgumentNullException.ThrowIfNull(prima);
        ArgumentNullException.ThrowIfNull(dopo);
        return prima.Campi().Zip(dopo.Campi())
            .Where(x => !string.Equals(x.First.Valore, x.Second.Valore, StringComparison.Ordinal))
            .Select(x => new CampoModificato(x.First.Campo, x.First.Valore, x.Second.Valore))
            .ToList();
    }
}
