using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Notifiche;

/// <summary>Only ever the notifications of the given account: the filter is in every query.</summary>
public sealed class NotificheQueries(AppDbContext db)
{
    public const int Limite = 100;

    /// <summary>Newest first: two queries (the list, the counts).</summary>
    public async Task<NotificheViewModel> ElencoAsync(string userId, CancellationToken ct)
    {
        var notifiche = await db.Notifiche.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Take(Limite)
            .Select(n => new NotificaListItem(n.Id, n.CreatedAtUtc, n.Titolo, n.Testo, n.Link, n.LettaAtUtc != null))
            .ToListAsync(ct);
        var counts = await db.Notifiche.AsNoTracking()
            .Where(n => n.UserId == userId)
            .GroupBy(_ => 1)
            .Select(g => new { Totale = g.Count(), NonLette = g.Count(n => n.LettaAtUtc == null) })
            .SingleOrDefaultAsync(ct);
        return new NotificheViewModel(notifiche, counts?.NonLette ?? 0, counts?.Totale ?? 0);
    }
}
