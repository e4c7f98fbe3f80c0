using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Data;

/// <summary>The plan's single row, read the same way everywhere.</summary>
public static class PianoQueries
{
    /// <summary>
    /// The plan row, tracked. A database that predates it (no row yet) gets one, added to the context and saved with the
    /// caller's next save, whose year is that of the latest round, or of today when there is none.
    /// </summary>
    public static async Task<Piano> PianoAsync(this AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.Piano.SingleOrDefaultAsync(ct) is { } piano) return piano;
        piano = new Piano(await AnnoPredefinitoAsync(db, time, ct));
        db.Piano.Add(piano);
        return piano;
    }

    /// <summary>The current plan year (see <see cref="PianoAsync"/> for a database without the row); reads only.</summary>
    public static async Task<int> AnnoCorrenteAsync(this AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var anno = await db.Piano.AsNoTracking().Select(p => (int?)p.AnnoCorrente).SingleOrDefaultAsync(ct);
        return anno ?? await AnnoPredefinitoAsync(db, time, ct);
    }

    private static async Task<int> AnnoPredefinitoAsync(AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        var ultima = await db.Rilevazioni.AsNoTracking().OrderByDescending(r => r.Data).Select(r => (DateOnly?)r.Data)
            .FirstOrDefaultAsync(ct);
        return Math.Clamp(ultima?.Year ?? time.GetUtcNow().Year, Anni.Min, Anni.Max);
    }
}
