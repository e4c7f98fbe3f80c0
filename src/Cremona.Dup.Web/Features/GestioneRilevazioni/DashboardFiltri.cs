using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>Query-string filters of the dashboard's lists: <c>?stato=Inviato&amp;responsabile=3&amp;programma=1.02</c>.</summary>
public sealed class DashboardFiltri
{
    public StatoCompilazione? Stato { get; set; }

    public int? Responsabile { get; set; }

    public string? Programma { get; set; }

    public bool Attivi => Stato is not null || Responsabile is not null || !string.IsNullOrEmpty(Programma);

    public string QueryString()
    {
        var parts = new List<string>();
        if (Stato is { } s) parts.Add("stato=" + s);
        if (Responsabile is { } r) parts.Add("responsabile=" + r.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(Programma)) parts.Add("programma=" + Uri.EscapeDataString(Programma));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
