namespace Cremona.Dup.Web.Infrastructure.Excel;

/// <summary>
/// Formula injection: a text that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return could be
/// read as a formula by a spreadsheet. Such texts are always written as text cells, with the Text ("@") format so that
/// editing the cell does not turn it into a formula either.
/// </summary>
public static class FormulaGuard
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static bool IsRisky(string? text) => !string.IsNullOrEmpty(text) && Array.IndexOf(Triggers, text[0]) >= 0;
}
