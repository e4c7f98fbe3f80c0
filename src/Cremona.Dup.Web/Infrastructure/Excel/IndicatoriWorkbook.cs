namespace Cremona.Dup.Web.Infrastructure.Excel;

/// <summary>
/// Writes a <see cref="TabellaExport"/> as an .xlsx workbook through <see cref="XlsxWriter"/>: a first "Info" sheet (the
/// table's title, then its filters, user and date), then the data sheet. Percentages (118,5 meaning 118,5%) become
/// fractions with the <c>0.0%</c> format, so that a spreadsheet computes with them.
/// </summary>
public static class IndicatoriWorkbook
{
    private const string Autore = "Comune di Cremona – Cremona.Dup";

    public static Task WriteAsync(Stream stream, TabellaExport tabella, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tabella);
        return XlsxWriter.WriteAsync(Workbook(tabella), stream, ct);
    }

    public static ExcelWorkbook Workbook(TabellaExport tabella)
    {
        ArgumentNullException.ThrowIfNull(tabella);
        List<IReadOnlyList<object?>> info = [["Documento", tabella.Titolo]];
        info.AddRange(tabella.Info.Select(i => (IReadOnlyList<object?>)[i.Key, i.Value]));

        var colonne = tabella.Colonne.Select(c => new ExcelColumn(c.Intestazione, Kind(c.Tipo))).ToList();
        var righe = tabella.Righe.Select(riga => (IReadOnlyList<object?>)riga.Select((valore, c) =>
            valore is decimal d && tabella.Colonne[c].Tipo == TipoColonna.Percentuale ? d / 100m : valore).ToList()).ToList();

        return new ExcelWorkbook(tabella.Titolo, Autore, tabella.Foglio,
            [new ExcelSheet("Info", [new("Voce"), new("Valore")], info), new ExcelSheet(tabella.Foglio, colonne, righe)]);
    }

    private static ExcelColumnKind Kind(TipoColonna tipo) => tipo switch
    {
        TipoColonna.Intero => ExcelColumnKind.WholeNumber,
        TipoColonna.Numero => ExcelColumnKind.Number,
        TipoColonna.Percentuale => ExcelColumnKind.Percent,
        _ => ExcelColumnKind.Text,
    };
}
