namespace Cremona.Dup.Web.Infrastructure.Excel;

/// <summary>
/// Formula injection: a text that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return could be
/// read as a formula by a spreadsheet. Workbooks write such texts as text cells with the Text ("@") format, so that
/// editing the cell does not turn it into a formula either; CSV files, which have no cell types, get a leading apostrophe.
/// </summary>
public static class FormulaGuard
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>True when a spreadsheet could take the text for a formula.</summary>
    public static bool NeedsText(string? text) => !string.IsNullOrEmpty(text) && Array.IndexOf(Triggers, text[0]) >= 0;

    /// <summary>The text with a leading <c>'</c> when a spreadsheet could take it for a formula.</summary>
    public static string? Safe(string? text) => text is not null && NeedsText(text) ? "'" + text : text;
}
