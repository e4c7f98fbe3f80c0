using System.Globalization;
using System.Text;

namespace Cremona.Dup.Web.Domain;

/// <summary>Account names derived from people's names: "Di Girolamo Gabriella" → "di.girolamo.gabriella".</summary>
public static class UserNames
{
    public static string FromPersonName(string nome)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nome);
        var decomposed = nome.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '.') builder.Append('.');
        }
        return builder.ToString().Trim('.');
    }
}
