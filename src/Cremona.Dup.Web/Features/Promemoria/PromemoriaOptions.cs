namespace Cremona.Dup.Web.Features.Promemoria;

/// <summary>Settings under <c>Promemoria</c> (see docs/email.md), validated at start-up.</summary>
public sealed class PromemoriaOptions
{
    public const string Section = "Promemoria";

    public static readonly IReadOnlyList<int> DefaultGiorniPrima = [7, 2];
    public static readonly IReadOnlyList<int> DefaultGiorniDopo = [1, 7];

    /// <summary>Runs the background service; <see cref="PromemoriaRunner"/> can still be called directly.</summary>
    public bool Abilitato { get; set; } = true;

    public int IntervalloMinuti { get; set; } = 60;

    /// <summary>
    /// Days before the deadline ("prima-7": from 7 days before). Null until bound: the configuration binder appends to
    /// a default list instead of replacing it, so the defaults are applied after binding.
    /// </summary>
    public int[]? GiorniPrima { get; set; }

    /// <summary>Days after the deadline ("dopo-1": from the day after).</summary>
    public int[]? GiorniDopo { get; set; }

    public IReadOnlyList<int> RegolePrima => GiorniPrima ?? DefaultGiorniPrima;

    public IReadOnlyList<int> RegoleDopo => GiorniDopo ?? DefaultGiorniDopo;
}
