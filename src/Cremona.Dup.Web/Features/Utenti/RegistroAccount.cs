using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;

namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>
/// Writes the audit rows of one account change (who, when, field, before, after) into the context, so they are saved by
/// the same SaveChanges as the change itself. Passwords are never recorded, only the fact of a reset.
/// </summary>
public sealed class RegistroAccount(AppDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    public void Registra(string userId, string campo, string? prima, string? dopo)
    {
        if (prima == dopo) return;
        var utente = http.HttpContext?.User.Identity?.Name ?? "sistema";
        db.Audit.Add(AuditEntry.PerChiave(time.GetUtcNow().UtcDateTime, utente, AuditAccount.Entita, userId, campo, prima, dopo));
    }
}
