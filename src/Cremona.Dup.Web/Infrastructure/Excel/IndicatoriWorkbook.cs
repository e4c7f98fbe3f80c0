using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Cremona.Dup.Web.Infrastructure.Excel;

/// <summary>
/// Writes a <see cref="TabellaExport"/> as an .xlsx workbook with SpreadCheetah: a first "Info" sheet, then the data
/// sheet with a bold frozen header, an autofilter, number formats and column widths from the content. Numbers are
/// numeric cells; texts are string cells, never formulas, and those that look like one carry the Text format.
/// </summary>
public static class IndicatoriWorkbook
{
    private const string Autore = "Comune di Cremona – Cremona.Dup";

    public static async Task WriteAsync(Stream stream, TabellaExport tabella, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tabella);
        var options = new SpreadCheetahOptions
        {
            DocumentProperties = new DocumentProperties { Title = tabella.Titolo, Author = Autore, Subject = tabella.Foglio },
        };
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream, options, ct);
        var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        var headerStyle = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = System.Drawing.Color.FromArgb(0xE6, 0xEC, 0xF2) } });
        var textStyle = spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text) });
        var numberStyle = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") });
        var percentStyle = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0.0%") });

        var info = new WorksheetOptions();
        info.Column(1).Width = 28;
        info.Column(2).Width = 80;
        await spreadsheet.StartWorksheetAsync("Info", info, ct);
        await spreadsheet.AddRowAsync([new Cell(tabella.Titolo, bold)], ct);
        await spreadsheet.AddRowAsync(Array.Empty<Cell>(), ct);
        foreach (var (chiave, valore) in tabella.Info)
            await spreadsheet.AddRowAsync([new Cell(chiave, bold), Testo(valore, textStyle)], ct);

        var colonne = tabella.Colonne;
        var sheet = new WorksheetOptions
        {
            FrozenRows = 1,
            AutoFilter = new AutoFilterOptions($"A1:{SpreadsheetUtility.GetColumnName(colonne.Count)}{tabella.Righe.Count + 1}"),
        };
        for (var c = 0; c < colonne.Count; c++) sheet.Column(c + 1).Width = Larghezza(tabella, c);
        await spreadsheet.StartWorksheetAsync(tabella.Foglio, sheet, ct);
        await spreadsheet.AddRowAsync(colonne.Select(c => new Cell(c.Intestazione, headerStyle)).ToArray(), ct);

        var cells = new Cell[colonne.Count];
        foreach (var riga in tabella.Righe)
        {
            for (var c = 0; c < colonne.Count; c++)
            {
                cells[c] = riga[c] switch
                {
                    null => new Cell(),
                    string s => Testo(s, textStyle),
                    int i => new Cell(i),
                    decimal d when colonne[c].Tipo == TipoColonna.Percentuale => new Cell(d / 100m, percentStyle),
                    decimal d => new Cell(d, numberStyle),
                    var other => new Cell(Convert.ToString(other, CultureInfo.InvariantCulture)),
                };
            }
            await spreadsheet.AddRowAsync(cells, ct);
        }
        await spreadsheet.FinishAsync(ct);
    }

    private static Cell Testo(string text, StyleId textStyle) =>
        FormulaGuard.NeedsText(text) ? new Cell(text, textStyle) : new Cell(text);

    /// <summary>Column width in characters from the longest value shown, within 8 and 60.</summary>
    private static double Larghezza(TabellaExport tabella, int colonna)
    {
        var longest = tabella.Righe.Take(2000).Select(r => r[colonna] switch
        {
            null => 0,
            string s => s.Length,
            decimal d => d.ToString("#,##0.00", CultureInfo.InvariantCulture).Length,
            var other => Convert.ToString(other, CultureInfo.InvariantCulture)?.Length ?? 0,
        }).DefaultIfEmpty(0).Max();
        return Math.Clamp(Math.Max(longest, tabella.Colonne[colonna].Intestazione.Length) + 2, 8, 60);
    }
}
