using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Notifiche;

/// <summary>
/// Queues a <see cref="Messaggio"/> for a responsabile: one in-app <see cref="Notifica"/> per linked account and one
/// <see cref="EmailInUscita"/> per address. Adds rows only: the caller's single SaveChanges commits them with the action
/// that caused them, and the outbox sender delivers the e-mails afterwards.
/// </summary>
public sealed class Notificatore(AppDbContext db, TimeProvider time)
{
    public async Task<int> PerResponsabileAsync(int responsabileId, Messaggio messaggio, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(messaggio);
        var now = time.GetUtcNow().UtcDateTime;
        var responsabile = await db.Responsabili.AsNoTracking().Where(r => r.Id == responsabileId)
            .Select(r => new { r.Nome, r.Email }).SingleOrDefaultAsync(ct);
        if (responsabile is null) return 0;
        var accounts = await db.Users.AsNoTracking().Where(u => u.ResponsabileId == responsabileId && u.Attivo)
            .Select(u => new { u.Id, u.Email, u.NomeCompleto }).ToListAsync(ct);

        foreach (var account in accounts)
            db.Notifiche.Add(new Notifica(account.Id, now, messaggio.Titolo, messaggio.Testo, messaggio.Link));

        var addresses = accounts.Select(a => a.Email).Append(responsabile.Email)
            .Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var address in addresses)
            db.EmailInUscita.Add(new EmailInUscita(address, responsabile.Nome, messaggio.Titolo, messaggio.Testo, now));
        return addresses.Count;
    }
}
