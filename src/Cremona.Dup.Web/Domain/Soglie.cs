using System.Globalization;

namespace Cremona.Dup.Web.Domain;

/// <summary>
/// The achievement percentages at which an indicator counts as raggiunto and as parzialmente raggiunto
/// (default: 100 and 80). Valid when 0 &lt; parziale &lt; raggiunto ≤ 1000.
/// </summary>
public readonly record struct Soglie
{
    public const decimal Massimo = 1000m;

    public static readonly Soglie Predefinite = new(100m, 80m);

    public Soglie(decimal raggiunto, decimal parziale)
    {
        if (Verifica(raggiunto, parziale) is { } errore) throw new ArgumentException(errore);
        Raggiunto = raggiunto;
        Parziale = parziale;
    }

    public decimal Raggiunto { get; }

    public decimal Parziale { get; }

    /// <summary>The Italian message explaining why the pair is not valid, or null when it is.</summary>
    public static string? Verifica(decimal raggiunto, decimal parziale)
    {
        if (parziale <= 0) return "La soglia di raggiungimento parziale deve essere maggiore di zero.";
        if (raggiunto > Massimo)
            return $"La soglia di raggiungimento non può superare il {Massimo.ToString("N0", CultureInfo.GetCultureInfo("it-IT"))}%.";
        if (parziale >= raggiunto)
            return "La soglia di raggiungimento parziale deve essere minore della soglia di raggiungimento.";
        return null;
    }

    /// <summary>
    /// An indicator's own pair: both given or neither (then the defaults apply). Returns the Italian message, or null.
    /// </summary>
    public static string? Verifica(decimal? raggiunto, decimal? parziale) => (raggiunto, parziale) switch
    {
        (null, null) => null,
        ({ } r, { } p) => Verifica(r, p),
        (null, _) => "Indicare anche la soglia di raggiungimento, oppure lasciare vuote entrambe le soglie.",
        (_, null) => "Indicare anche la soglia di raggiungimento parziale, oppure lasciare vuote entrambe le soglie.",
    };
}
