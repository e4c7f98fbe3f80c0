using System.Globalization;
using Cremona.Dup.Web.Infrastructure.Pdf;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>
/// The print view's model: the report, which part to print (cover, body, or the body's index alone), the index's page
/// numbers. Without page numbers the index shows a placeholder of the same width, so that the body is laid out as it
/// will be with the numbers and the index printed alone later replaces its pages (see <see cref="PdfAssembler"/>).
/// </summary>
public sealed record Allegato6PrintModel(
    Allegato6Report Report, bool Copertina, IReadOnlyDictionary<string, int>? Pagine, string Css, string? Responsabile,
    string Ente = Domain.ImpostazioniApplicazione.NomeEntePredefinito, string? LogoDataUri = null, bool SoloIndice = false)
{
    /// <summary>What the index shows before the page numbers are known: one digit, in a column of fixed width.</summary>
    public const string SegnapostoPagina = "0";

    /// <summary>The ente's name as the cover prints it, in capitals ("COMUNE DI CREMONA").</summary>
    public string EnteMaiuscolo => Ente.ToUpper(CultureInfo.GetCultureInfo("it-IT"));

    public string Pagina(string titolo) =>
        Pagine is not null && Pagine.TryGetValue(PdfAssembler.Normalize(titolo), out var page)
            ? page.ToString(CultureInfo.InvariantCulture)
            : Pagine is null ? SegnapostoPagina : "";

    public string TitoloPartecipate => $"Rendicontazione sullo stato di attuazione degli indirizzi strategici al {Report.Rilevazione.DataEstesa}";
}
