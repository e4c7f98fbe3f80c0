using System.Globalization;

namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>A problem of an uploaded file, with its place: sheet, row (1 = the header) and column ("C (Nome)").</summary>
public sealed record ErroreImportazione(string? Foglio, int? Riga, string? Colonna, string Messaggio)
{
    public static ErroreImportazione File(string messaggio) => new(null, null, null, messaggio);

    public string Luogo
    {
        get
        {
            var parti = new List<string>(3);
            if (Foglio is not null) parti.Add($"Foglio «{Foglio}»");
            if (Riga is { } r) parti.Add("riga " + r.ToString(CultureInfo.InvariantCulture));
            if (Colonna is not null) parti.Add("colonna " + Colonna);
            return string.Join(", ", parti);
        }
    }

    public override string ToString() => Luogo.Length == 0 ? Messaggio : $"{Luogo}: {Messaggio}";
}
