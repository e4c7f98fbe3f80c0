namespace Cremona.Dup.Web.Domain;

/// <summary>
/// How far a consuntivo goes towards its target. <see cref="Percentuale"/> is null when a percentage has no meaning
/// (no value, no target, a target of zero, negative numbers); <see cref="Motivo"/> then says why, in Italian.
/// </summary>
public sealed record Raggiungimento(decimal? Percentuale, EsitoIndicatore Esito, string? Motivo = null)
{
    /// <summary>
    /// The achievement of <paramref name="valore"/> against <paramref name="target"/>:
    /// <list type="bullet">
    /// <item>no value → non misurato (never 0%); no target → non misurato "senza target";</item>
    /// <item>higher is better: value / target × 100; lower is better: target / value × 100;</item>
    /// <item>lower is better and value 0 → raggiunto (nothing could be lower), no percentage;</item>
    /// <item>higher is better and target 0 → raggiunto when the value is not negative, no percentage;</item>
    /// <item>a negative target or value → the value is compared with the target (raggiunto or non raggiunto),
    /// no percentage, since a ratio of numbers of different sign means nothing.</item>
    /// </list>
    /// The percentage is rounded to one decimal (as shown) before it is compared with the thresholds, so that a page
    /// never shows "80,0%" next to "non raggiunto".
    /// </summary>
    public static Raggiungimento Calcola(decimal? target, decimal? valore, Direzione direzione, Soglie soglie)
    {
        if (valore is not { } v) return new(null, EsitoIndicatore.NonMisurato, "Nessun consuntivo per l'anno.");
        if (target is not { } t) return new(null, EsitoIndicatore.NonMisurato, "Indicatore senza target: il raggiungimento non è misurabile.");

        var piuBasso = direzione == Direzione.PiuBassoMeglio;
        if (t < 0 || v < 0)
        {
            var ok = piuBasso ? v <= t : v >= t;
            return new(null, ok ? EsitoIndicatore.Raggiunto : EsitoIndicatore.NonRaggiunto,
                "Valori negativi: confronto diretto con il target, senza percentuale.");
        }
        if (piuBasso && v == 0) return new(null, EsitoIndicatore.Raggiunto, "Consuntivo pari a zero: il minimo possibile.");
        if (!piuBasso && t == 0) return new(null, EsitoIndicatore.Raggiunto, "Target pari a zero: raggiunto con qualsiasi valore.");

        var percentuale = Math.Round((piuBasso ? t / v : v / t) * 100m, 1, MidpointRounding.AwayFromZero);
        var esito = percentuale >= soglie.Raggiunto ? EsitoIndicatore.Raggiunto
            : percentuale >= soglie.Parziale ? EsitoIndicatore.ParzialmenteRaggiunto
            : EsitoIndicatore.NonRaggiunto;
        return new(percentuale, esito);
    }
}
