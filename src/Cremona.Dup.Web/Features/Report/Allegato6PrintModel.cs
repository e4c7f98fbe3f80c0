using System.Globalization;
using Cremona.Dup.Web.Infrastructure.Pdf;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>
/// The print view's model: the report, which part of it to print (<see cref="Allegato6Parte"/>), the index's page
/// numbers. Without page numbers the index shows a placeholder of the same width, so that its page count is known before
/// the numbers are (see <see cref="ChromiumPdfRenderer"/>).
/// </summary>
public sealed record Allegato6PrintModel(
    Allegato6Report Report, Allegato6Parte Parte, IReadOnlyDictionary<string, int>? Pagine, string Css, string? Responsabile,
    string Ente = Domain.ImpostazioniApplicazione.NomeEntePredefinito, string? LogoDataUri = null)
{
    /// <summary>What the index shows before the page numbers are known: one digit, in a column of fixed width.</summary>
    public const string SegnapostoPagina = "0";

    public bool Copertina => Parte.Copertina;

    /// <summary>The ente's name as the cover prints it, in capitals ("COMUNE DI CREMONA").</summary>
    public string EnteMaiuscolo => Ente.ToUpper(CultureInfo.GetCultureInfo("it-IT"));

    public string Pagina(string titolo) =>
        Pagine is not null && Pagine.TryGetValue(PdfAssembler.Normalize(titolo), out var page)
            ? page.ToString(CultureInfo.InvariantCulture)
            : Pagine is null ? SegnapostoPagina : "";

    public string TitoloPartecipate => $"Rendicontazione sullo stato di attuazione degli indirizzi strategici al {Report.Rilevazione.DataEstesa}";

    /// <summary>
    /// The ids the index links to that this print does not hold: printed as empty anchors out of the flow, so that
    /// Chromium writes the links (it leaves out a link to an id the document lacks); the joined PDF points them at the
    /// headings.
    /// </summary>
    public IEnumerable<string> AncoreAltrove()
    {
        if (!Parte.Indice) yield break;
        var numero = 0;
        foreach (var m in Report.Missioni)
        {
            if (!Parte.Contiene(numero)) yield return m.Ancora;
            foreach (var p in m.Programmi)
            {
                if (!Parte.Contiene(numero)) yield return p.Ancora;
                numero++;
            }
        }
        if (!Parte.Partecipate)
        {
            yield return "partecipate";
            for (var i = 0; i < Report.Partecipate.Count; i++) yield return Report.Partecipate[i].Ancora(i);
        }
    }
}

/// <summary>
/// What one print of the view holds: the cover; or the index, the programmi numbered <see cref="Da"/> (included) to
/// <see cref="A"/> (excluded) in classification order, and the partecipate, in this order. Every programma begins on a
/// new page, so the body printed in runs of programmi has the same pages as the body printed whole.
/// </summary>
public sealed record Allegato6Parte(bool Copertina, bool Indice, int Da, int A, bool Partecipate)
{
    public static readonly Allegato6Parte SoloCopertina = new(true, false, 0, 0, false);

    public static readonly Allegato6Parte SoloIndice = new(false, true, 0, 0, false);

    /// <summary>Index, every programma and the partecipate in one document.</summary>
    public static readonly Allegato6Parte Tutto = new(false, true, 0, int.MaxValue, true);

    public bool Contiene(int programma) => programma >= Da && programma < A;
}
