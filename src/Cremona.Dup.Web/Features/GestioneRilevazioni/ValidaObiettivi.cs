using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>Segreteria accepts sent obiettivi, one (from the dashboard or the form) or many at once; one save.</summary>
public sealed class ValidaObiettivi(AppDbContext db, IAuthorizationService authz, TimeProvider time)
{
    /// <summary>One obiettivo: 404 when unknown, 403 when it may not be validated (not sent, or the round is closed).</summary>
    public async Task<Esito> UnoAsync(ClaimsPrincipal user, DateOnly data, string codice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Codici.IsObiettivoOperativo(codice?.ToUpperInvariant())) return Esito.NonTrovato;
        var code = codice!.ToUpperInvariant();
        var item = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
            .SingleOrDefaultAsync(r => r.Rilevazione.Data == data && r.Obiettivo.Codice == code, ct);
        if (item is null) return Esito.NonTrovato;
        if (!(await authz.AuthorizeAsync(user, item, Operations.Valida)).Succeeded)
            return Esito.Vietato(PercheNo(item));

        item.Valida(time.GetUtcNow().UtcDateTime, user.Identity?.Name);
        await db.SaveChangesAsync(ct);
        return Esito.Fatto($"Obiettivo {item.Obiettivo.Codice} validato.");
    }

    /// <summary>Many obiettivi: those that may be validated are, the others are listed in a warning.</summary>
    public async Task<Esito> MoltiAsync(ClaimsPrincipal user, DateOnly data, IReadOnlyCollection<string>? codici, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var codes = (codici ?? []).Where(c => c is not null).Select(c => c.Trim().ToUpperInvariant())
            .Where(Codici.IsObiettivoOperativo).Distinct().ToList();
        if (!await db.Rilevazioni.AnyAsync(r => r.Data == data, ct)) return Esito.NonTrovato;
        if (codes.Count == 0) return Esito.Rifiutato("Selezionare almeno un obiettivo da validare.", "codici");

        var items = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
            .Where(r => r.Rilevazione.Data == data && codes.Contains(r.Obiettivo.Codice))
            .ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var validati = new List<string>();
        var saltati = new List<string>();
        foreach (var item in items.OrderBy(i => i.Obiettivo.Codice.Length).ThenBy(i => i.Obiettivo.Codice, StringComparer.Ordinal))
        {
            if ((await authz.AuthorizeAsync(user, item, Operations.Valida)).Succeeded)
            {
                item.Valida(now, user.Identity?.Name);
                validati.Add(item.Obiettivo.Codice);
            }
            else saltati.Add(item.Obiettivo.Codice);
        }
        saltati.AddRange(codes.Except(items.Select(i => i.Obiettivo.Codice)));
        if (validati.Count == 0)
            return Esito.Rifiutato($"Nessun obiettivo validato: {string.Join(", ", saltati)} non è in attesa di validazione.", "codici");

        await db.SaveChangesAsync(ct);
        var messaggio = validati.Count == 1
            ? $"Obiettivo {validati[0]} validato."
            : $"{validati.Count} obiettivi validati: {string.Join(", ", validati)}.";
        return Esito.Fatto(messaggio, saltati.Count == 0 ? null
            : $"Non validati perché non in attesa di validazione: {string.Join(", ", saltati)}.");
    }

    private static string PercheNo(RilevazioneObiettivo item) =>
        !item.IsAperto
            ? $"L'obiettivo {item.Obiettivo.Codice} non si può validare: la rilevazione non è aperta."
            : $"L'obiettivo {item.Obiettivo.Codice} non si può validare: non è in attesa di validazione " +
              $"(stato attuale: {StatiCompilazione.Etichetta(item.Stato).ToLowerInvariant()}).";
}
