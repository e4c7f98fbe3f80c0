using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>Controllo di gestione (or the Amministratore) sets the default thresholds (the single settings row; audited, optimistic concurrency).</summary>
public sealed class ImpostaSogliePredefinite(AppDbContext db)
{
    public async Task<RisultatoImpostazione> HandleAsync(ClaimsPrincipal user, SogliePredefiniteInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        if (!user.IsInRole(Roles.ControlloGestione) && !user.IsInRole(Roles.Amministratore)) return RisultatoImpostazione.NonAutorizzato;

        var errori = new Dictionary<string, string>(StringComparer.Ordinal);
        var (raggiunto, parziale) = SoglieTesto.Leggi(input.SogliaRaggiunto, input.SogliaParziale, obbligatorie: true, errori);
        if (errori.Count > 0) return new(EsitoImpostazione.DatiNonValidi, errori);
        var soglie = new Soglie(raggiunto!.Value, parziale!.Value);

        var impostazioni = await db.ImpostazioniIndicatori.SingleOrDefaultAsync(ct);
        if (impostazioni is null)
        {
            // The migration creates the row; should it be missing, the first save creates it.
            db.ImpostazioniIndicatori.Add(new ImpostazioniIndicatori(soglie));
        }
        else
        {
            db.Entry(impostazioni).Property(i => i.Version).OriginalValue = input.Version;
            impostazioni.ImpostaSoglie(soglie);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RisultatoImpostazione.Conflitto;
        }
        return RisultatoImpostazione.Salvato;
    }
}
