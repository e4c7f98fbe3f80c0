namespace Cremona.Dup.Web.Infrastructure.Excel;

public sealed record ColonnaExport(string Intestazione, TipoColonna Tipo);
