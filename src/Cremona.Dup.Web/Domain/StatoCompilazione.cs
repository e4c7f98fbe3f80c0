namespace Cremona.Dup.Web.Domain;

/// <summary>Where one obiettivo stands in one round.</summary>
public enum StatoCompilazione
{
    DaCompilare = 0,
    Bozza = 1,
    Inviato = 2,
    Restituito = 3,
    Validato = 4,
}
