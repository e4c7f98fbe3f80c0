namespace Cremona.Dup.Web.Infrastructure.Excel;

/// <summary>
/// Formula injection: a text starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return can be read
/// as a formula by a spreadsheet. Workbooks write such texts as text cells; CSV files, which have no cell types,
/// get a leading apostrophe.
/// </summary>
public static class FormulaGuard
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static bool NeedsText(string text) => !string.IsNullOrEmpty(text) && Array.IndexOf(Triggers, text[0]) >= 0;

    /// <summary>The text with a leading <c>'</c> when a spreadsheet could take it for a formula.</summary>
    public static string? Safe(string? text) => text is not null && NeedsText(text) ? "'" + text : text;
}
