using System.Globalization;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>The addresses of the plan-editing pages, in one place.</summary>
public static class PianoUrl
{
    public const string Elenco = "/piano";
    public const string NuovoAnno = "/piano/nuovo-anno";
    public const string NuovoStrategico = "/piano/strategici/nuovo";

    public static string Missione(int numero) => "/piano/missioni/" + numero.ToString(CultureInfo.InvariantCulture);

    public static string NuovoProgramma(int missione) => Missione(missione) + "/programmi/nuovo";

    public static string Programma(string codice) => "/piano/programmi/" + codice;

    public static string NuovoObiettivo(string programma) => Programma(programma) + "/obiettivi/nuovo";

    public static string Strategico(string codice) => "/piano/strategici/" + codice;

    public static string Obiettivo(string codice) => "/piano/obiettivi/" + codice;

    public static string NuovoIndicatore(string obiettivo) => Obiettivo(obiettivo) + "/indicatori/nuovo";

    public static string Indicatore(int id) => "/piano/indicatori/" + id.ToString(CultureInfo.InvariantCulture);
}
