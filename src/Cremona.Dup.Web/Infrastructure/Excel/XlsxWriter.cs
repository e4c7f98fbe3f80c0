using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Cremona.Dup.Web.Infrastructure.Excel;

/// <summary>
/// Writes an <see cref="ExcelWorkbook"/> with SpreadCheetah (decisions §3): styled and frozen header row, autofilter,
/// numbers as numbers, widths computed from the content, document properties, texts never read as formulas.
/// </summary>
public static class XlsxWriter
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    public static async Task WriteAsync(ExcelWorkbook workbook, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(output);
        var options = new SpreadCheetahOptions
        {
            DocumentProperties = new DocumentProperties { Title = workbook.Title, Author = workbook.Author, Subject = workbook.Subject },
        };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output, options, ct);
        var header = spreadsheet.AddStyle(new Style
        {
            Font = { Bold = true, Color = System.Drawing.Color.White },
            Fill = { Color = System.Drawing.Color.FromArgb(0x00, 0x66, 0xCC) },
            Alignment = { WrapText = true, Vertical = VerticalAlignment.Center },
        });
        var number = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") });
        var integer = spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.NoDecimalPlaces) });
        var percent = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0.0%") });
        var date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy hh:mm") });
        var text = spreadsheet.AddStyle(new Style { Alignment = { Vertical = VerticalAlignment.Top } });
        var guarded = spreadsheet.AddStyle(new Style
        {
            Format = NumberFormat.Standard(StandardNumberFormat.Text),
            Alignment = { Vertical = VerticalAlignment.Top },
        });

        foreach (var sheet in workbook.Sheets)
        {
            var worksheet = new WorksheetOptions { FrozenRows = 1 };
            var widths = Widths(sheet);
            for (var c = 0; c < widths.Count; c++) worksheet.Column(c + 1).Width = widths[c];
            worksheet.AutoFilter = new AutoFilterOptions($"A1:{ColumnName(sheet.Columns.Count)}{Math.Max(1, sheet.Rows.Count) + 1}");
            await spreadsheet.StartWorksheetAsync(sheet.Name, worksheet, ct);
            await spreadsheet.AddHeaderRowAsync(sheet.Columns.Select(c => c.Header).ToList(), header, ct);

            var cells = new Cell[sheet.Columns.Count];
            foreach (var row in sheet.Rows)
            {
                for (var c = 0; c < cells.Length; c++)
                {
                    var value = c < row.Count ? row[c] : null;
                    cells[c] = value switch
                    {
                        null => new Cell(),
                        string s => new Cell(s, FormulaGuard.NeedsText(s) ? guarded : text),
                        decimal d => new Cell(d, sheet.Columns[c].Kind switch
                        {
                            ExcelColumnKind.WholeNumber => integer,
                            ExcelColumnKind.Percent => percent,
                            _ => number,
                        }),
                        int i => new Cell(i, integer),
                        long l => new Cell(l, integer),
                        DateTime t => new Cell(t, date),
                        _ => new Cell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", text),
                    };
                }
                await spreadsheet.AddRowAsync(cells, ct);
            }
        }
        await spreadsheet.FinishAsync(ct);
    }

    /// <summary>Width of each column from its longest line (header included), within bounds.</summary>
    public static IReadOnlyList<double> Widths(ExcelSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var widths = new List<double>(sheet.Columns.Count);
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var longest = sheet.Columns[c].Header.Length;
            foreach (var row in sheet.Rows)
            {
                if (c >= row.Count || row[c] is not { } value) continue;
                longest = Math.Max(longest, value switch
                {
                    string s => LongestLine(s),
                    decimal d => d.ToString("#,##0.00", CultureInfo.InvariantCulture).Length,
                    DateTime => 16,
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Length ?? 0,
                });
                if (longest >= MaxWidth) break;
            }
            widths.Add(Math.Clamp(longest + 2, MinWidth, MaxWidth));
        }
        return widths;
    }

    private static int LongestLine(string text)
    {
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines()) longest = Math.Max(longest, line.Length);
        return longest;
    }

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int number)
    {
        var name = "";
        for (var n = number; n > 0; n = (n - 1) / 26) name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }
}
