namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>The upload page: the year of the template offered for download.</summary>
public sealed record ImportaPagina(int Anno);
