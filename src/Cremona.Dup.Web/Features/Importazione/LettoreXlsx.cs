using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>
/// Reads the cells of an .xlsx with DocumentFormat.OpenXml (decisions §1): shared and inline strings, numbers with the
/// invariant culture. Never throws on a bad file: it reports it in Italian.
/// </summary>
public static class LettoreXlsx
{
    public const long MaxByte = 10 * 1024 * 1024;
    public const int MaxRighe = 20_000;

    /// <summary>Bounds the unzipped size of each part: a small zip may expand to gigabytes.</summary>
    private const long MaxCaratteriParte = 40_000_000;

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public const string NonXlsx = "Il file non è un file Excel .xlsx valido: scaricare il modello, compilarlo e salvarlo in formato .xlsx.";

    /// <summary>Checks what can be checked before reading the upload: size and extension.</summary>
    public static string? Controlla(string? nomeFile, long lunghezza)
    {
        if (lunghezza == 0) return "Il file è vuoto: scegliere il file Excel compilato.";
        if (lunghezza > MaxByte) return "Il file è troppo grande: il massimo è 10 MB.";
        if (nomeFile is null || !nomeFile.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return "Il file deve avere l'estensione .xlsx (cartella di lavoro di Excel).";
        return null;
    }

    /// <summary>An .xlsx is a zip archive: it starts with the zip signature "PK\x03\x04".</summary>
    public static string? ControllaFirma(ReadOnlySpan<byte> contenuto) =>
        contenuto.Length >= ZipMagic.Length && contenuto[..ZipMagic.Length].SequenceEqual(ZipMagic) ? null : NonXlsx;

    public static FileLetto Leggi(byte[] contenuto)
    {
        ArgumentNullException.ThrowIfNull(contenuto);
        if ((Controlla("file.xlsx", contenuto.Length) ?? ControllaFirma(contenuto)) is { } errore)
            return new FileLetto(new Dictionary<string, FoglioLetto>(), [ErroreImportazione.File(errore)]);
        try
        {
            using var stream = new MemoryStream(contenuto, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCaratteriParte });
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("workbook part missing");
            var condivise = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Testo).ToList() ?? [];
            var fogli = new Dictionary<string, FoglioLetto>(StringComparer.OrdinalIgnoreCase);
            var errori = new List<ErroreImportazione>();
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                var nome = sheet.Name?.Value?.Trim();
                if (string.IsNullOrEmpty(nome) || sheet.Id?.Value is not { } id || fogli.ContainsKey(nome)) continue;
                if (workbook.GetPartById(id) is not WorksheetPart part) continue;
                var foglio = LeggiFoglio(nome, part.Worksheet, condivise, errori);
                if (foglio is not null) fogli[nome] = foglio;
            }
            return new FileLetto(fogli, errori);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException
            or InvalidOperationException or ArgumentException or NotSupportedException or FormatException or KeyNotFoundException)
        {
            return new FileLetto(new Dictionary<string, FoglioLetto>(), [ErroreImportazione.File(NonXlsx)]);
        }
    }

    private static FoglioLetto? LeggiFoglio(string nome, Worksheet worksheet, List<string> condivise, List<ErroreImportazione> errori)
    {
        var righe = new List<RigaLetta>();
        var intestazioni = new Dictionary<int, string>();
        var numero = 0;
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            numero = row.RowIndex?.Value is { } indice ? (int)Math.Min(indice, int.MaxValue) : numero + 1;
            var celle = new Dictionary<int, CellaLetta>();
            var colonna = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                colonna = cell.CellReference?.Value is { } riferimento ? IndiceColonna(riferimento) : colonna + 1;
                if (colonna < 0) continue;
                if (Valore(cell, condivise) is { } valore) celle[colonna] = valore;
            }
            if (numero == 1)
            {
                foreach (var (c, cella) in celle) intestazioni[c] = Domain.Texts.CollapseSpaces(cella.Testo);
                continue;
            }
            if (celle.Count == 0) continue;
            if (righe.Count >= MaxRighe)
            {
                errori.Add(new ErroreImportazione(nome, numero, null,
                    $"il foglio ha più di {MaxRighe.ToString("N0", CultureInfo.GetCultureInfo("it-IT"))} righe compilate: le altre non sono state lette."));
                break;
            }
            righe.Add(new RigaLetta(numero, celle));
        }
        return new FoglioLetto(nome, intestazioni, righe);
    }

    private static CellaLetta? Valore(Cell cell, List<string> condivise)
    {
        string? testo;
        var tipo = cell.DataType?.Value;
        if (tipo == CellValues.SharedString)
        {
            var indice = int.Parse(cell.CellValue?.Text ?? "", NumberStyles.None, CultureInfo.InvariantCulture);
            testo = indice >= 0 && indice < condivise.Count ? condivise[indice] : throw new InvalidDataException("shared string");
        }
        else if (tipo == CellValues.InlineString)
        {
            testo = cell.InlineString is { } inline ? Testo(inline) : null;
        }
        else if (tipo is null || tipo == CellValues.Number)
        {
            testo = cell.CellValue?.Text;
            if (string.IsNullOrWhiteSpace(testo)) return null;
            return decimal.TryParse(testo, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                ? new CellaLetta(n.ToString(CultureInfo.InvariantCulture), n)
                : new CellaLetta(testo, null);
        }
        else
        {
            testo = cell.CellValue?.Text; // formula strings, booleans, errors: read as text
        }
        if (testo is null) return null;
        var pulito = testo.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return string.IsNullOrWhiteSpace(pulito) ? null : new CellaLetta(pulito, null);
    }

    /// <summary>The text of a shared or inline string: plain, or its rich-text runs (phonetic hints left out).</summary>
    private static string Testo(OpenXmlCompositeElement item)
    {
        if (item.GetFirstChild<Text>() is { } text) return text.Text;
        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""));
    }

    /// <summary>"C12" → 2; -1 when the reference has no column letters.</summary>
    public static int IndiceColonna(string riferimento)
    {
        ArgumentNullException.ThrowIfNull(riferimento);
        var indice = 0;
        var lettere = 0;
        foreach (var c in riferimento)
        {
            if (c is >= 'A' and <= 'Z') indice = indice * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') indice = indice * 26 + (c - 'a' + 1);
            else break;
            if (++lettere > 3) return -1;
        }
        return indice - 1;
    }
}
