using System.Text.RegularExpressions;

namespace Cremona.Dup.Web.Domain;

/// <summary>Normalisation of texts people write: trimmed, LF line endings, empty means absent.</summary>
public static partial class Texts
{
    public static string? Clean(string? text)
    {
        if (text is null) return null;
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        return normalized.Length == 0 ? null : normalized;
    }

    public static string CollapseSpaces(string text) => Spaces().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
