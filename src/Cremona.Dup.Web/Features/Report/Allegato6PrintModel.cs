using System.Globalization;
using Cremona.Dup.Web.Infrastructure.Pdf;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>The print view's model: the report, which part to print (cover or body), the index's page numbers.</summary>
public sealed record Allegato6PrintModel(
    Allegato6Report Report, bool Copertina, IReadOnlyDictionary<string, int>? Pagine, string Css, string? Responsabile,
    string Ente = Domain.ImpostazioniApplicazione.NomeEntePredefinito, string? LogoDataUri = null)
{
    /// <summary>The ente's name as the cover prints it, in capitals ("COMUNE DI CREMONA").</summary>
    public string EnteMaiuscolo => Ente.ToUpper(CultureInfo.GetCultureInfo("it-IT"));

    public string Pagina(string titolo) =>
        Pagine is not null && Pagine.TryGetValue(PdfAssembler.Normalize(titolo), out var page)
            ? page.ToString(CultureInfo.InvariantCulture) : "";

    public string TitoloPartecipate => $"Rendicontazione sullo stato di attuazione degli indirizzi strategici al {Report.Rilevazione.DataEstesa}";
}
