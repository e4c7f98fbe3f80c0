namespace Cremona.Dup.Web.Features.Promemoria;

/// <summary>
/// Which automatic reminder is due for one responsabile in one round. Rule "prima-N" is due from N days before the
/// deadline up to the deadline day, "dopo-N" from N days after it. Each rule goes out once: when several are due at
/// once (the service was down) only the closest is sent and all are recorded, so none is sent late; a rule due after
/// a closer one already went out is recorded without sending.
/// </summary>
public static class RegolePromemoria
{
    public static string Prima(int giorni) => FormattableString.Invariant($"prima-{giorni}");

    public static string Dopo(int giorni) => FormattableString.Invariant($"dopo-{giorni}");

    /// <param name="giorniAllaScadenza">Deadline minus today: 7 a week before, 0 on the day, -1 the day after.</param>
    /// <param name="giorniPrima">The "prima" rules.</param>
    /// <param name="giorniDopo">The "dopo" rules.</param>
    /// <param name="giaRegistrate">Rules already recorded for this round and responsabile.</param>
    public static PromemoriaDovuto? Dovuto(int giorniAllaScadenza, IEnumerable<int> giorniPrima, IEnumerable<int> giorniDopo,
        IReadOnlySet<string> giaRegistrate)
    {
        ArgumentNullException.ThrowIfNull(giorniPrima);
        ArgumentNullException.ThrowIfNull(giorniDopo);
        ArgumentNullException.ThrowIfNull(giaRegistrate);

        // Closest first: the smallest N before the deadline, the largest N after it.
        var due = giorniAllaScadenza >= 0
            ? giorniPrima.Distinct().Where(n => giorniAllaScadenza <= n).Order().Select(Prima)
            : giorniDopo.Distinct().Where(n => -giorniAllaScadenza >= n).OrderDescending().Select(Dopo);
        var list = due.ToList();
        var pending = list.Where(r => !giaRegistrate.Contains(r)).ToList();
        if (pending.Count == 0) return null;
        // A closer reminder already went out: the farther ones left (a rule added later) are stale, recorded unsent.
        return new PromemoriaDovuto(giaRegistrate.Contains(list[0]) ? null : list[0], pending);
    }
}
