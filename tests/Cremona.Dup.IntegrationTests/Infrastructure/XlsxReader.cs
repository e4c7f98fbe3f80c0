using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>Reads a workbook back with OpenXml: sheet names, and each sheet's cells as (text, is-number).</summary>
public sealed class XlsxReader
{
    public sealed record Cella(string? Testo, bool Numero, bool Formula);

    private XlsxReader(List<string> fogli, Dictionary<string, List<List<Cella>>> righe)
    {
        Fogli = fogli;
        Righe = righe;
    }

    public IReadOnlyList<string> Fogli { get; }

    public IReadOnlyDictionary<string, List<List<Cella>>> Righe { get; }

    public static XlsxReader Leggi(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var doc = SpreadsheetDocument.Open(stream, false);
        var workbook = doc.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var fogli = new List<string>();
        var righe = new Dictionary<string, List<List<Cella>>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var name = sheet.Name!.Value!;
            fogli.Add(name);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            righe[name] = part.Worksheet.Descendants<Row>().Select(row => Celle(row, shared)).ToList();
        }
        return new XlsxReader(fogli, righe);
    }

    private static List<Cella> Celle(Row row, List<string> shared)
    {
        var result = new List<Cella>();
        foreach (var cell in row.Elements<Cell>())
        {
            // Cells may come without references: they are then in column order; with a reference, fill the gap.
            if (cell.CellReference?.Value is { } reference)
            {
                var column = ColumnIndex(reference);
                while (result.Count < column) result.Add(new Cella(null, false, false));
            }
            var formula = cell.CellFormula is not null;
            if (cell.DataType?.Value == CellValues.InlineString) result.Add(new Cella(cell.InlineString?.InnerText, false, formula));
            else if (cell.DataType?.Value == CellValues.SharedString) result.Add(new Cella(shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)], false, formula));
            else if (cell.DataType?.Value == CellValues.String) result.Add(new Cella(cell.CellValue?.Text, false, formula));
            else result.Add(new Cella(cell.CellValue?.Text, cell.CellValue is not null, formula));
        }
        return result;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }
}
