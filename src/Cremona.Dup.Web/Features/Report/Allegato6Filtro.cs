using System.Globalization;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>The round and the optional missione / programma filters of an Allegato 6 request (already validated).</summary>
public sealed record Allegato6Filtro(DateOnly Data, int? Missione, string? Programma)
{
    public bool Filtrato => Missione is not null || Programma is not null;

    public string Descrizione => (Missione, Programma) switch
    {
        (null, null) => "Nessun filtro: tutte le missioni e tutti i programmi",
        ({ } m, null) => $"Missione {m}",
        (null, { } p) => $"Programma {p}",
        ({ } m, { } p) => $"Missione {m}, programma {p}",
    };

    /// <summary>"Allegato6_2019-06-30", with the filters when there are any.</summary>
    public string NomeFile(string estensione)
    {
        var name = "Allegato6_" + Data.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Missione is { } m) name += $"_missione-{m.ToString(CultureInfo.InvariantCulture)}";
        if (Programma is { } p) name += $"_programma-{p}";
        return $"{name}.{estensione}";
    }

    public string QueryString
    {
        get
        {
            var query = "data=" + Data.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (Missione is { } m) query += "&missione=" + m.ToString(CultureInfo.InvariantCulture);
            if (Programma is { } p) query += "&programma=" + p;
            return query;
        }
    }
}
