namespace Cremona.Dup.Web.Features.Piano;

/// <summary>The kinds of plan item that can be retired, restored or (without history) deleted.</summary>
public enum Voce
{
    Programma,
    Strategico,
    Obiettivo,
    Indicatore,
}
