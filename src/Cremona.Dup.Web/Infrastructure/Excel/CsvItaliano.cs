using System.Globalization;
using System.Text;

namespace Cremona.Dup.Web.Infrastructure.Excel;

/// <summary>
/// Writes a <see cref="TabellaExport"/> as the CSV that Excel in Italian opens with a double click: UTF-8 with BOM,
/// <c>;</c> separator, decimal comma without thousands separators, CRLF, texts in double quotes (quotes doubled) and
/// guarded against formula injection.
/// </summary>
public static class CsvItaliano
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static async Task WriteAsync(Stream stream, TabellaExport tabella, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tabella);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(string.Join(';', tabella.Colonne.Select(c => Testo(c.Intestazione))).AsMemory(), ct);
        foreach (var riga in tabella.Righe)
            await writer.WriteLineAsync(string.Join(';', riga.Select(Valore)).AsMemory(), ct);
        await writer.FlushAsync(ct);
    }

    public static string Valore(object? value) => value switch
    {
        null => "",
        string s => Testo(s),
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.############", Italian),
        IFormattable f => Testo(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Testo(value.ToString() ?? ""),
    };

    private static string Testo(string text) => "\"" + FormulaGuard.Safe(text)!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
