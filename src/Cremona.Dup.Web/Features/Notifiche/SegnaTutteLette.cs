using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Notifiche;

/// <summary>Marks every unread notification of the user as read; returns how many.</summary>
public sealed class SegnaTutteLette(AppDbContext db, TimeProvider time)
{
    public async Task<int> HandleAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = time.GetUtcNow().UtcDateTime;
        var nonLette = await db.Notifiche.Where(n => n.UserId == userId && n.LettaAtUtc == null).ToListAsync(ct);
        foreach (var notifica in nonLette) notifica.SegnaLetta(now);
        await db.SaveChangesAsync(ct);
        return nonLette.Count;
    }
}
