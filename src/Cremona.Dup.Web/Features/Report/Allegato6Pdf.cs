using Cremona.Dup.Web.Infrastructure.Impostazioni;
using Cremona.Dup.Web.Infrastructure.Pdf;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>The Allegato 6 as a PDF: the print view rendered in-process (cover, then body with its index) and printed.</summary>
public sealed class Allegato6Pdf(IPdfRenderer renderer, RazorViewToStringRenderer views, Allegato6PrintAssets assets,
    ImpostazioniCorrenti impostazioni, ImpostazioniLoader loader)
{
    public const string View = "/Features/Report/Allegato6.cshtml";

    public async Task<byte[]> RenderAsync(Allegato6Report report, string? responsabile, ActionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var css = assets.Css;
        // The ente's name and logo as the Amministratore set them (part of the cache key, see ProduciAllegato6).
        var ente = impostazioni.Corrente.NomeEnte;
        var logo = impostazioni.Corrente.LogoVersione is null ? null : await loader.LogoAsync(ct);
        var cover = await views.RenderAsync(context, View,
            new Allegato6PrintModel(report, true, null, css, responsabile, ente, logo?.DataUri));
        var left = report.Bozza
            ? $"{ente} – BOZZA estratta il {Formats.DataOra(report.EstrattoAtUtc)}"
            : $"{ente} – {Allegato6Report.Ufficio}";
        var request = new PdfDocumentRequest(
            cover,
            (pages, _) => views.RenderAsync(context, View, new Allegato6PrintModel(report, false, pages, css, responsabile, ente)),
            left,
            $"Allegato 6) – {report.Titolo}",
            new PdfMetadata($"Allegato 6 – {report.Titolo}", $"{ente} – {Allegato6Report.Ufficio}",
                $"Allegato 6: stato di attuazione dei programmi e degli obiettivi del DUP, rilevazione {report.Rilevazione.Titolo}"
                + (report.Filtro.Filtrato ? $" ({report.Filtro.Descrizione})" : "")),
            PageNumbers: true,
            Headings: Headings(report),
            IndexHtmlAsync: (pages, _) => views.RenderAsync(context, View,
                new Allegato6PrintModel(report, false, pages, css, responsabile, ente, SoloIndice: true)));
        return await renderer.RenderAsync(request, ct);
    }

    /// <summary>Every heading of the print view, which become the bookmarks.</summary>
    private static List<string> Headings(Allegato6Report report)
    {
        List<string> headings = ["Indice", new Allegato6PrintModel(report, false, null, "", null).TitoloPartecipate];
        headings.AddRange(report.Missioni.Select(m => m.Etichetta));
        headings.AddRange(report.Programmi.Select(p => p.Etichetta));
        headings.AddRange(report.Obiettivi.Select(o => $"{o.Codice} - {o.Nome}"));
        headings.AddRange(report.Partecipate.Select(o => o.Nome));
        return headings;
    }
}
