namespace Cremona.Dup.Web.Infrastructure.Excel;

/// <summary>A workbook of tidy tables: what <see cref="XlsxWriter"/> writes.</summary>
public sealed record ExcelWorkbook(string Title, string Author, string Subject, IReadOnlyList<ExcelSheet> Sheets);

/// <summary>One sheet: a header row and rows of values (string, decimal, int, DateTime or null) matching the columns.</summary>
public sealed record ExcelSheet(string Name, IReadOnlyList<ExcelColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>A column: its header and how its values are written.</summary>
public sealed record ExcelColumn(string Header, ExcelColumnKind Kind = ExcelColumnKind.Text);

public enum ExcelColumnKind
{
    Text,

    /// <summary>A number shown as <c>#,##0.00</c>.</summary>
    Number,

    /// <summary>A whole number (codes, years).</summary>
    WholeNumber,

    /// <summary>A date and time, shown as dd/mm/yyyy hh:mm.</summary>
    DateTime,

    /// <summary>A fraction shown as a percentage, <c>0.0%</c> (1.185 is shown as 118.5%).</summary>
    Percent,
}
