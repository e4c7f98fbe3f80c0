namespace Cremona.Dup.Web.Infrastructure.Excel;

public enum TipoColonna
{
    Testo,
    Intero,
    Numero,

    /// <summary>A percentage given as a number of percent (118,5 means 118,5%).</summary>
    Percentuale,
}
