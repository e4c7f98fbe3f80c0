using Cremona.Dup.Web.Infrastructure.Impostazioni;
using Cremona.Dup.Web.Infrastructure.Pdf;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>
/// The Allegato 6 as a PDF: the print view rendered in-process (cover, index, and the body in runs of programmi of
/// about <see cref="ReportOptions.PartSize"/>) and printed.
/// </summary>
public sealed class Allegato6Pdf(IPdfRenderer renderer, RazorViewToStringRenderer views, Allegato6PrintAssets assets,
    ImpostazioniCorrenti impostazioni, ImpostazioniLoader loader, IOptions<ReportOptions> options,
    IOptions<PdfOptions> pdfOptions)
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
            new Allegato6PrintModel(report, Allegato6Parte.SoloCopertina, null, css, responsabile, ente, logo?.DataUri));
        var left = report.Bozza
            ? $"{ente} – BOZZA estratta il {Formats.DataOra(report.EstrattoAtUtc)}"
            : $"{ente} – {Allegato6Report.Ufficio}";
        var request = new PdfDocumentRequest(
            cover,
            (pages, _) => views.RenderAsync(context, View, new Allegato6PrintModel(report, Allegato6Parte.SoloIndice, pages, css, responsabile, ente)),
            Parti(report, options.Value.PartSize, pdfOptions.Value.PartsInParallel)
                .Select(parte => (Func<CancellationToken, Task<string>>)(_ =>
                    views.RenderAsync(context, View, new Allegato6PrintModel(report, parte, null, css, responsabile, ente))))
                .ToList(),
            left,
            $"Allegato 6) – {report.Titolo}",
            new PdfMetadata($"Allegato 6 – {report.Titolo}", $"{ente} – {Allegato6Report.Ufficio}",
                $"Allegato 6: stato di attuazione dei programmi e degli obiettivi del DUP, rilevazione {report.Rilevazione.Titolo}"
                + (report.Filtro.Filtrato ? $" ({report.Filtro.Descrizione})" : "")),
            Segnalibri(report),
            assets.RegularFont);
        return await renderer.RenderAsync(request, ct);
    }

    /// <summary>
    /// The body in runs of whole programmi of about the same weight, each at most about <paramref name="peso"/>, as
    /// many as a multiple of <paramref name="parallele"/> (the runs printed at once: so that no tab idles at the end);
    /// the last one also holds the partecipate. None when there is nothing to print (the index says so; a run would
    /// print a blank page).
    /// </summary>
    public static IReadOnlyList<Allegato6Parte> Parti(Allegato6Report report, int peso, int parallele = 1)
    {
        ArgumentNullException.ThrowIfNull(report);
        var pesi = report.Programmi.Select(Peso).ToList();
        if (pesi.Count == 0 && report.Partecipate.Count == 0) return [];
        var totale = pesi.Sum();
        var numero = (int)Math.Min(pesi.Count, Math.Max(1, (totale + Math.Max(1, peso) - 1) / Math.Max(1, peso)));
        var multiplo = Math.Max(1, parallele);
        numero = Math.Min(Math.Max(pesi.Count, 1), (numero + multiplo - 1) / multiplo * multiplo);
        var parti = new List<Allegato6Parte>();
        var da = 0;
        var cumulato = 0L;
        for (var i = 0; i < pesi.Count; i++)
        {
            cumulato += pesi[i];
            // Cut where the running total passes the next of numero equal shares (the last run takes the rest), or
            // where each run left needs one of the programmi left.
            if (parti.Count + 1 < numero
                && (cumulato * numero >= totale * (parti.Count + 1) || pesi.Count - i - 1 <= numero - parti.Count - 1))
            {
                parti.Add(new Allegato6Parte(false, false, da, i + 1, false));
                da = i + 1;
            }
        }
        parti.Add(new Allegato6Parte(false, false, da, pesi.Count, true));
        return parti;
    }

    /// <summary>How much a programma prints: its texts, and a share for each obiettivo's and indicator's fixed layout.</summary>
    public static long Peso(Allegato6Report.Programma programma)
    {
        ArgumentNullException.ThrowIfNull(programma);
        long peso = Length(programma.Descrizione, programma.MotivazioneScelte, programma.FinalitaDaConseguire,
            programma.RisorseUmane, programma.RisorseStrumentali, programma.Responsabili) + 1_000;
        foreach (var o in programma.Obiettivi)
        {
            peso += 800 + Length(o.Nome, o.Strategico, o.DescrizioneSintetica, o.Gap, o.Stakeholder, o.SettoriCoinvolti,
                o.Definizione, o.StatoAttuazione, o.AzioniCorrettive);
            foreach (var i in o.Indicatori) peso += 600 + Length(i.Nome, i.Finalita, i.Formula, i.Note, i.NotaRilevazione);
        }
        return peso;

        static long Length(params string?[] texts) => texts.Sum(t => (long)(t?.Length ?? 0));
    }

    /// <summary>The bookmarks: the index, missione → programma → obiettivo, the partecipate → organismo.</summary>
    public static IReadOnlyList<PdfBookmark> Segnalibri(Allegato6Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        List<PdfBookmark> segnalibri = [new PdfBookmark("Indice", "indice")];
        segnalibri.AddRange(report.Missioni.Select(m => new PdfBookmark(m.Etichetta, m.Ancora,
            m.Programmi.Select(p => new PdfBookmark(p.Etichetta, p.Ancora,
                p.Obiettivi.Select(o => new PdfBookmark($"{o.Codice} - {o.Nome}", o.Ancora)).ToList())).ToList())));
        if (report.Partecipate.Count > 0)
        {
            var titolo = new Allegato6PrintModel(report, Allegato6Parte.Tutto, null, "", null).TitoloPartecipate;
            segnalibri.Add(new PdfBookmark(titolo, "partecipate",
                report.Partecipate.Select((o, i) => new PdfBookmark(o.Nome, o.Ancora(i))).ToList()));
        }
        return segnalibri;
    }
}
