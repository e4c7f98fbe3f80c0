using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Notifiche;

/// <summary>Marks one of the user's own notifications as read; somebody else's is "not found".</summary>
public sealed class SegnaNotificaLetta(AppDbContext db, TimeProvider time)
{
    public async Task<bool> HandleAsync(ClaimsPrincipal user, long id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var notifica = await db.Notifiche.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notifica is null) return false;
        notifica.SegnaLetta(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
