namespace Cremona.Dup.Web.Domain;

/// <summary>Whether a higher or a lower value of an indicator means better performance.</summary>
public enum Direzione
{
    PiuAltoMeglio = 0,
    PiuBassoMeglio = 1,
}
