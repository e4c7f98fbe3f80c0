using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>The accounts for the Amministratore: a few dozen rows, so filters apply in memory after three small queries.</summary>
public sealed class UtentiQueries(AppDbContext db, TimeProvider time)
{
    public async Task<UtentiPagina> ElencoAsync(UtentiFiltro filtro, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filtro);
        var tutti = await UtentiAsync(null, ct);
        var q = filtro.Q?.Trim();
        var righe = tutti.Where(u =>
                (string.IsNullOrEmpty(q)
                    || u.UserName.Contains(q, StringComparison.OrdinalIgnoreCase)
                    || u.NomeCompleto.Contains(q, StringComparison.OrdinalIgnoreCase)
                    || (u.Email?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false))
                && (string.IsNullOrEmpty(filtro.Ruolo) || u.Ruoli.Contains(filtro.Ruolo))
                && filtro.Stato switch
                {
                    "attivi" => u.Attivo,
                    "disattivati" => !u.Attivo,
                    "bloccati" => u.BloccatoFinoUtc is not null,
                    _ => true,
                })
            .ToList();
        return new UtentiPagina(filtro, righe, tutti.Count);
    }

    public async Task<UtenteListItem?> UtenteAsync(string id, CancellationToken ct) => (await UtentiAsync(id, ct)).SingleOrDefault();

    public async Task<AccountInput?> InputAsync(string id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.UserName, u.NomeCompleto, u.Email, u.ResponsabileId, u.ConcurrencyStamp })
            .SingleOrDefaultAsync(ct);
        if (user is null) return null;
        var ruoli = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == id
                           select r.Name).ToListAsync(ct);
        var referenti = await db.Referenti.AsNoTracking().Where(r => r.UserId == id).Select(r => r.ResponsabileId).ToListAsync(ct);
        return new AccountInput
        {
            UserName = user.UserName,
            NomeCompleto = user.NomeCompleto,
            Email = user.Email,
            ResponsabileId = user.ResponsabileId,
            Ruoli = ruoli.OfType<string>().ToList(),
            Referenti = referenti,
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
    }

    public async Task<IReadOnlyList<AccountPagina.Opzione>> ResponsabiliAsync(CancellationToken ct) =>
        await db.Responsabili.AsNoTracking().OrderBy(r => r.Nome).Select(r => new AccountPagina.Opzione(r.Id, r.Nome)).ToListAsync(ct);

    /// <summary>The account's latest recorded changes, newest first.</summary>
    public async Task<IReadOnlyList<AccountPagina.Modifica>> StoriaAsync(string id, CancellationToken ct) =>
        await db.Audit.AsNoTracking()
            .Where(a => a.Entita == AuditAccount.Entita && a.EntitaChiave == id)
            .OrderByDescending(a => a.Id).Take(50)
            .Select(a => new AccountPagina.Modifica(a.AtUtc, a.Utente, a.Campo, a.ValorePrecedente, a.ValoreNuovo))
            .ToListAsync(ct);

    private async Task<List<UtenteListItem>> UtentiAsync(string? id, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => id == null || u.Id == id)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.NomeCompleto,
                u.Email,
                u.Attivo,
                u.LockoutEnd,
                u.CambioPasswordObbligatorio,
                Responsabile = u.Responsabile == null ? null : u.Responsabile.Nome,
            })
            .ToListAsync(ct);
        var ruoli = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where id == null || ur.UserId == id
                            select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name ?? "");
        var referenze = (await db.Referenti.AsNoTracking().Where(r => id == null || r.UserId == id)
                .Select(r => new { r.UserId, r.Responsabile!.Nome }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Nome);
        var now = time.GetUtcNow();
        // SQLite cannot order or compare DateTimeOffset in SQL: lock state and order in memory.
        return users
            .Select(u => new UtenteListItem(u.Id, u.UserName ?? "", u.NomeCompleto, u.Email,
                ruoli[u.Id].OrderBy(r => Roles.All.ToList().IndexOf(r)).ToList(), u.Responsabile,
                referenze[u.Id].Order(StringComparer.CurrentCulture).ToList(), u.Attivo,
                u.LockoutEnd is { } end && end > now ? end.UtcDateTime : null, u.CambioPasswordObbligatorio))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .ToList();
    }
}
