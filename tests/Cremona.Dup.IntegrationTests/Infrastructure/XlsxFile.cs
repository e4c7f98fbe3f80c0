using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>An xlsx reopened with DocumentFormat.OpenXml: sheets by name, cells by row and header.</summary>
public sealed class XlsxFile : IDisposable
{
    private readonly SpreadsheetDocument document;

    public XlsxFile(byte[] content) => document = SpreadsheetDocument.Open(new MemoryStream(content), false);

    public IReadOnlyList<string> SheetNames =>
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public string? Title => document.PackageProperties.Title;

    public string? Creator => document.PackageProperties.Creator;

    public Worksheet Sheet(string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public static IReadOnlyList<Row> Rows(Worksheet sheet) => sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();

    public string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString
        ? cell.InlineString!.Text?.Text ?? string.Concat(cell.InlineString.Elements<Run>().Select(r => r.Text!.Text))
        : cell.DataType?.Value == CellValues.SharedString
            ? document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>()
                .ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText
            : cell.CellValue?.Text ?? "";

    /// <summary>The row's cells by column header (row 1).</summary>
    public IReadOnlyDictionary<string, Cell> ByHeader(Worksheet sheet, Row row)
    {
        var headers = Rows(sheet)[0].Elements<Cell>().Select(Text).ToList();
        var cells = row.Elements<Cell>().ToList();
        return headers.Select((h, i) => (h, i)).Where(x => x.i < cells.Count).ToDictionary(x => x.h, x => cells[x.i]);
    }

    public void Dispose() => document.Dispose();
}
