namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>The upload page: the year of the template offered for download, or the year typed when it was not valid.</summary>
public sealed record ImportaPagina(int Anno, string? AnnoScritto = null);
