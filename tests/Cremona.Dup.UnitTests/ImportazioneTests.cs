using System.IO.Compression;
using Cremona.Dup.Web.Features.Importazione;
using Cremona.Dup.Web.Infrastructure.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cremona.Dup.UnitTests;

/// <summary>The template written by SpreadCheetah, read back by the OpenXml reader, and checked by the validator.</summary>
public sealed class ImportazioneTests
{
    private static PianoRighe Piano() => new(
        [new RigaMissione(1, "Servizi istituzionali"), new RigaMissione(4, "Istruzione")],
        [
            new RigaProgramma("1.02", 1, "Segreteria generale", "Rossi Anna", "Descrizione\ncon due righe", null, "=finalità", null, null),
            new RigaProgramma("4.06", 4, "Servizi ausiliari all'istruzione", null, null, "Motivazione", null, "Umane", "Strumentali"),
        ],
        [new RigaStrategico("B01", "Ufficio progetti"), new RigaStrategico("B02", "Controllo di gestione")],
        [
            new RigaOperativo("C06", "1.02", "B01", "Trasparenza", "Sindaco", "Di Girolamo Gabriella", "Sintesi", "Gap", null, null, "Definizione 2020"),
            new RigaOperativo("C07", "4.06", null, "Mense", null, "Pesaro Mara", null, null, "Famiglie", "Settore scuola", null),
        ],
        [
            new RigaIndicatore("C06", 1, "Pubblicazioni", "Finalità", "n. atti", 120.5m, null, 2019, 2021),
            new RigaIndicatore("C06", 2, "Accessi", null, null, null, "Nota", 2019, 2019),
            new RigaIndicatore("C07", 1, "Pasti", null, null, 0.1234m, null, 2020, 2022),
        ]);

    private static PianoAttuale Attuale(PianoRighe piano) =>
        new(piano, ["Di Girolamo Gabriella", "Pesaro Mara"], new Dictionary<string, (int, int)> { ["C06 n. 1"] = (2019, 2020) }, "impronta");

    private static byte[] Modello(PianoRighe piano, int anno = 2020)
    {
        using var stream = new MemoryStream();
        XlsxWriter.WriteAsync(ModelloPiano.Workbook(piano, anno, "Comune di Prova", "segreteria", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)),
            stream, CancellationToken.None).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static Anteprima Importa(PianoRighe nelFile, PianoRighe? attuale = null, int anno = 2020) =>
        ValidatoreImportazione.Valida(LettoreXlsx.Leggi(Modello(nelFile, anno)), Attuale(attuale ?? Piano()));

    [Fact]
    public void The_template_read_back_unchanged_changes_nothing()
    {
        var anteprima = Importa(Piano());

        anteprima.Errori.Should().BeEmpty();
        anteprima.Anno.Should().Be(2020);
        anteprima.NienteDaFare.Should().BeTrue();
        anteprima.Importato!.Programmi[0].Descrizione.Should().Be("Descrizione\ncon due righe");
        anteprima.Importato.Programmi[0].FinalitaDaConseguire.Should().Be("=finalità", "a guarded text is read back as written");
        anteprima.Importato.Indicatori[0].Target.Should().Be(120.5m);
        anteprima.Importato.Indicatori[2].Target.Should().Be(0.1234m);
    }

    [Fact]
    public void The_reader_reads_texts_numbers_and_rows_by_number()
    {
        var file = LettoreXlsx.Leggi(Modello(Piano()));

        file.Errori.Should().BeEmpty();
        file.Fogli.Keys.Should().Equal(ModelloPiano.Istruzioni, ModelloPiano.Missioni, ModelloPiano.Programmi, ModelloPiano.Strategici,
            ModelloPiano.Operativi, ModelloPiano.Indicatori);
        var indicatori = file.Fogli[ModelloPiano.Indicatori];
        indicatori.Intestazioni.Values.Should().Equal("Obiettivo operativo", "N.", "Nome", "Finalità", "Formula", "Target", "Note",
            "Primo anno", "Ultimo anno");
        indicatori.Righe.Select(r => r.Numero).Should().Equal(2, 3, 4);
        indicatori.Righe[0].Celle[5].Numero.Should().Be(120.5m);
        indicatori.Righe[0].Celle[2].Testo.Should().Be("Pubblicazioni");
        indicatori.Righe[1].Celle.Should().NotContainKey(5, "an empty target is no cell");
    }

    [Fact]
    public void The_reader_reads_shared_strings_and_cell_references_written_by_other_programs()
    {
        var file = LettoreXlsx.Leggi(CondivisaConRiferimenti());

        file.Errori.Should().BeEmpty();
        var foglio = file.Fogli["Missioni"];
        foglio.Intestazioni.Should().BeEquivalentTo(new Dictionary<int, string> { [0] = "Numero", [2] = "Nome" });
        foglio.Righe.Should().ContainSingle();
        foglio.Righe[0].Numero.Should().Be(5);
        foglio.Righe[0].Celle[0].Numero.Should().Be(12m);
        foglio.Righe[0].Celle[2].Testo.Should().Be("Missione con accenti: è così");
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0 })]
    public void A_file_that_is_not_a_workbook_is_reported_in_Italian(byte[] contenuto)
    {
        var file = LettoreXlsx.Leggi(contenuto);

        file.Fogli.Should().BeEmpty();
        file.Errori.Should().ContainSingle().Which.Messaggio.Should().Be(LettoreXlsx.NonXlsx);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_reported_in_Italian()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("leggimi.txt").Open());
            writer.Write("non sono un foglio di calcolo");
        }

        LettoreXlsx.Leggi(stream.ToArray()).Errori.Should().ContainSingle().Which.Messaggio.Should().Be(LettoreXlsx.NonXlsx);
    }

    [Theory]
    [InlineData("piano.xlsx", 0L, "Il file è vuoto")]
    [InlineData("piano.xlsx", 10L * 1024 * 1024 + 1, "Il file è troppo grande: il massimo è 10 MB.")]
    [InlineData("piano.xls", 100L, "Il file deve avere l'estensione .xlsx")]
    [InlineData("piano.csv", 100L, "Il file deve avere l'estensione .xlsx")]
    public void Size_and_extension_are_checked_before_reading(string nome, long lunghezza, string messaggio) =>
        LettoreXlsx.Controlla(nome, lunghezza).Should().StartWith(messaggio);

    [Fact]
    public void Additions_changes_field_by_field_retirements_and_new_responsabili_are_listed()
    {
        var piano = Piano();
        var nelFile = piano with
        {
            Operativi =
            [
                piano.Operativi[0] with { Nome = "Trasparenza totale", Definizione = "Nuova definizione" },
                piano.Operativi[1],
                new RigaOperativo("C08", "4.06", "B02", "Nuovo obiettivo", null, "Verdi  Luca", null, null, null, null, "Def"),
            ],
            Indicatori = [piano.Indicatori[0] with { Target = 130m }, piano.Indicatori[2], new RigaIndicatore("C08", null, "Nuovo", null, null, 1m, null, 2020, 2020)],
        };

        var anteprima = Importa(nelFile);

        anteprima.Errori.Should().BeEmpty();
        anteprima.Aggiunte.Should().Equal(
            new VoceAnteprima("Obiettivo operativo", "C08", "Nuovo obiettivo"),
            new VoceAnteprima("Indicatore", "C08 (nuovo)", "Nuovo"));
        anteprima.Modifiche.Should().HaveCount(2);
        anteprima.Modifiche[0].Chiave.Should().Be("C06");
        anteprima.Modifiche[0].Campi.Should().Equal(
            new CampoModificato("Nome", "Trasparenza", "Trasparenza totale"),
            new CampoModificato("Definizione", "Definizione 2020", "Nuova definizione"));
        anteprima.Modifiche[1].Campi.Should().Equal(new CampoModificato("Target", "120.5", "130"));
        anteprima.Ritiri.Should().Equal(new VoceAnteprima("Indicatore", "C06 n. 2", "Accessi"));
        anteprima.NuoviResponsabili.Should().Equal("Verdi Luca");
    }

    [Fact]
    public void A_retired_row_in_the_file_is_restored_and_a_known_responsabile_keeps_its_spelling()
    {
        var piano = Piano();
        var attuale = piano with { Strategici = [piano.Strategici[0], piano.Strategici[1] with { Ritirato = true }] };
        var nelFile = piano with { Operativi = [piano.Operativi[0] with { ResponsabileGestionale = "di girolamo gabriella" }, piano.Operativi[1]] };

        var anteprima = Importa(nelFile, attuale);

        anteprima.Errori.Should().BeEmpty();
        anteprima.Modifiche.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new VoceModifica("Obiettivo strategico", "B02", "Controllo di gestione", true, []));
        anteprima.NuoviResponsabili.Should().BeEmpty();
    }

    [Fact]
    public void Rows_out_of_the_plan_are_not_in_the_template_and_are_not_retired_again()
    {
        var piano = Piano();
        // 4.06 retired with its obiettivo C07 left active; B01 retired while C06 still points at it.
        var attuale = piano with
        {
            Programmi = [piano.Programmi[0], piano.Programmi[1] with { Ritirato = true }],
            Strategici = [piano.Strategici[0] with { Ritirato = true }, piano.Strategici[1]],
        };
        var visibili = attuale.Visibili();
        visibili.Programmi.Select(p => p.Codice).Should().Equal("1.02");
        visibili.Operativi.Select(o => o.Codice).Should().Equal("C06");
        visibili.Indicatori.Select(i => i.Chiave).Should().Equal("C06 n. 1", "C06 n. 2");
        visibili.Strategici.Select(s => s.Codice).Should().Equal("B02");

        var anteprima = Importa(visibili, attuale);

        anteprima.Errori.Should().BeEmpty("C06 keeps the retired obiettivo strategico it points at");
        anteprima.NienteDaFare.Should().BeTrue();
    }

    [Fact]
    public void A_new_link_to_a_retired_obiettivo_strategico_is_an_error()
    {
        var piano = Piano();
        var attuale = piano with { Strategici = [piano.Strategici[0] with { Ritirato = true }, piano.Strategici[1]] };
        var nelFile = attuale.Visibili();
        nelFile = nelFile with { Operativi = [nelFile.Operativi[0], nelFile.Operativi[1] with { Strategico = "B01" }] };

        Importa(nelFile, attuale).Errori.Should().ContainSingle().Which.ToString().Should().Be(
            "Foglio «Obiettivi operativi», riga 3, colonna C (Obiettivo strategico): l'obiettivo strategico B01 non è nel foglio «Obiettivi strategici».");
    }

    [Fact]
    public void Every_row_error_names_its_sheet_row_and_column()
    {
        var piano = Piano();
        var nelFile = piano with
        {
            Missioni = [piano.Missioni[0], piano.Missioni[1], new RigaMissione(1, "Doppia")],
            Programmi = [.. piano.Programmi, new RigaProgramma("5.01", 4, "Fuori missione", null, null, null, null, null, null),
                new RigaProgramma("9.01", 9, "Missione assente", null, null, null, null, null, null)],
            Strategici = [.. piano.Strategici, new RigaStrategico("B01", "Ripetuto")],
            Operativi = [.. piano.Operativi,
                new RigaOperativo("C09", "1.99", null, "Programma assente", null, "Rossi Anna", null, null, null, null, null),
                new RigaOperativo("C10", "1.02", "B77", "Strategico assente", null, "Rossi Anna", null, null, null, null, null)],
            Indicatori = [.. piano.Indicatori,
                new RigaIndicatore("C99", null, "Obiettivo assente", null, null, null, null, 2020, 2020),
                new RigaIndicatore("C06", 7, "Numero sconosciuto", null, null, null, null, 2020, 2020),
                new RigaIndicatore("C07", null, "Anni al contrario", null, null, null, null, 2022, 2020)],
        };

        var errori = Importa(nelFile).Errori.Select(e => e.ToString()).ToList();

        errori.Should().BeEquivalentTo(
            "Foglio «Missioni», riga 4, colonna A (Numero): numero di missione 1 ripetuto: compare già alla riga 2.",
            "Foglio «Programmi», riga 4, colonna A (Codice): il codice 5.01 non corrisponde alla missione 4: deve iniziare con «4.».",
            "Foglio «Programmi», riga 5, colonna B (Missione): la missione 9 non è nel foglio «Missioni».",
            "Foglio «Obiettivi strategici», riga 4, colonna A (Codice): codice B01 ripetuto: compare già alla riga 2.",
            "Foglio «Obiettivi operativi», riga 4, colonna B (Programma): il programma 1.99 non è nel foglio «Programmi».",
            "Foglio «Obiettivi operativi», riga 5, colonna C (Obiettivo strategico): l'obiettivo strategico B77 non è nel foglio «Obiettivi strategici».",
            "Foglio «Indicatori», riga 5, colonna A (Obiettivo operativo): l'obiettivo operativo C99 non è nel foglio «Obiettivi operativi».",
            "Foglio «Indicatori», riga 6, colonna B (N.): l'obiettivo C06 non ha un indicatore n. 7: per un indicatore nuovo lasciare vuota la colonna «N.».",
            "Foglio «Indicatori», riga 7, colonna I (Ultimo anno): l'ultimo anno (2020) non può precedere il primo (2022).");
    }

    [Fact]
    public void Text_in_number_columns_empty_required_values_and_years_out_of_range_are_errors()
    {
        var file = LettoreXlsx.Leggi(Modello(Piano()));
        var indicatori = file.Fogli[ModelloPiano.Indicatori];
        var riga = indicatori.Righe[0];
        var celle = new Dictionary<int, CellaLetta>(riga.Celle)
        {
            [5] = new CellaLetta("tanti", null),
            [7] = new CellaLetta("duemila", null),
            [8] = new CellaLetta("1990", 1990m),
        };
        celle.Remove(2);
        var modificato = file with
        {
            Fogli = new Dictionary<string, FoglioLetto>(file.Fogli, StringComparer.OrdinalIgnoreCase)
            {
                [ModelloPiano.Indicatori] = indicatori with { Righe = [riga with { Celle = celle }, .. indicatori.Righe.Skip(1)] },
            },
        };

        var errori = ValidatoreImportazione.Valida(modificato, Attuale(Piano())).Errori.Select(e => e.ToString());

        errori.Should().BeEquivalentTo(
            "Foglio «Indicatori», riga 2, colonna C (Nome): manca il valore, che è obbligatorio.",
            "Foglio «Indicatori», riga 2, colonna F (Target): «tanti» non è un numero.",
            "Foglio «Indicatori», riga 2, colonna H (Primo anno): «duemila» non è un numero intero.",
            "Foglio «Indicatori», riga 2, colonna I (Ultimo anno): 1990 è fuori dall'intervallo ammesso (2000–2100).");
    }

    [Fact]
    public void An_Italian_number_typed_as_text_is_a_number()
    {
        var file = LettoreXlsx.Leggi(Modello(Piano()));
        var indicatori = file.Fogli[ModelloPiano.Indicatori];
        var riga = indicatori.Righe[0];
        var celle = new Dictionary<int, CellaLetta>(riga.Celle) { [5] = new CellaLetta("1.234,5", null) };
        var modificato = file with
        {
            Fogli = new Dictionary<string, FoglioLetto>(file.Fogli, StringComparer.OrdinalIgnoreCase)
            {
                [ModelloPiano.Indicatori] = indicatori with { Righe = [riga with { Celle = celle }, .. indicatori.Righe.Skip(1)] },
            },
        };

        var anteprima = ValidatoreImportazione.Valida(modificato, Attuale(Piano()));

        anteprima.Errori.Should().BeEmpty();
        anteprima.Modifiche.Should().ContainSingle().Which.Campi.Should().Equal(new CampoModificato("Target", "120.5", "1234.5"));
    }

    [Fact]
    public void Missing_sheets_and_columns_are_reported_and_stop_the_check()
    {
        var file = LettoreXlsx.Leggi(Modello(Piano()));
        var fogli = new Dictionary<string, FoglioLetto>(file.Fogli, StringComparer.OrdinalIgnoreCase);
        fogli.Remove(ModelloPiano.Strategici);
        var programmi = fogli[ModelloPiano.Programmi];
        fogli[ModelloPiano.Programmi] = programmi with
        {
            Intestazioni = programmi.Intestazioni.ToDictionary(x => x.Key, x => x.Value == "Nome" ? "Denominazione" : x.Value),
        };
        var operativi = fogli[ModelloPiano.Operativi];
        fogli[ModelloPiano.Operativi] = operativi with
        {
            Intestazioni = operativi.Intestazioni.ToDictionary(x => x.Key, x => x.Value == "Definizione 2020" ? "Definizione 1850" : x.Value),
        };

        var anteprima = ValidatoreImportazione.Valida(file with { Fogli = fogli }, Attuale(Piano()));

        anteprima.Importato.Should().BeNull();
        anteprima.Errori.Select(e => e.ToString()).Should().BeEquivalentTo(
            "Foglio «Programmi», riga 1: manca la colonna «Nome».",
            "Foglio «Obiettivi strategici»: il foglio manca nel file: usare il modello scaricato dall'applicazione.",
            "Foglio «Obiettivi operativi», riga 1, colonna K (Definizione 1850): l'anno 1850 è fuori dall'intervallo ammesso (2000–2100).");
    }

    [Fact]
    public void Shortening_the_years_of_an_indicator_below_its_consuntivi_is_an_error()
    {
        var piano = Piano();
        var nelFile = piano with { Indicatori = [piano.Indicatori[0] with { PrimoAnno = 2020 }, piano.Indicatori[1], piano.Indicatori[2]] };

        Importa(nelFile).Errori.Should().ContainSingle().Which.ToString().Should().Be(
            "Foglio «Indicatori», riga 2, colonna H (Primo anno): l'indicatore ha consuntivi dal 2019 al 2020: il periodo deve comprenderli.");
    }

    [Theory]
    [InlineData("C:\\Users\\anna\\Desktop\\piano 2020.xlsx", "piano 2020.xlsx")]
    [InlineData("../../etc/passwd.xlsx", "passwd.xlsx")]
    [InlineData("", "file.xlsx")]
    [InlineData(null, "file.xlsx")]
    public void The_clients_file_name_is_only_shown_never_a_path(string? nome, string mostrato) =>
        ArchivioImportazioni.NomeMostrato(nome).Should().Be(mostrato);

    /// <summary>A workbook as Excel writes it: shared strings, cell references, a gap in rows and columns.</summary>
    private static byte[] CondivisaConRiferimenti()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("Numero")),
                new SharedStringItem(new Text("Nome")),
                new SharedStringItem(new Run(new Text("Missione con ")), new Run(new Text("accenti: è così"))));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(
                    new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                    new Cell { CellReference = "C1", DataType = CellValues.SharedString, CellValue = new CellValue("1") })
                { RowIndex = 1U },
                new Row(new Cell { CellReference = "A3", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("  ")) }) { RowIndex = 3U },
                new Row(
                    new Cell { CellReference = "A5", CellValue = new CellValue("12") },
                    new Cell { CellReference = "C5", DataType = CellValues.SharedString, CellValue = new CellValue("2") })
                { RowIndex = 5U }));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Name = "Missioni", SheetId = 1U, Id = workbook.GetIdOfPart(sheet) }));
        }
        return stream.ToArray();
    }
}
