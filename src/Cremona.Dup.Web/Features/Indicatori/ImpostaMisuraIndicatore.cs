using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>
/// Controllo di gestione sets an indicator's direction, unit and own thresholds: load, authorize, validate everything,
/// apply through the domain, save once with optimistic concurrency. The audit interceptor records each changed field.
/// </summary>
public sealed class ImpostaMisuraIndicatore(AppDbContext db)
{
    public async Task<RisultatoImpostazione> HandleAsync(ClaimsPrincipal user, int id, MisuraIndicatoreInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        if (!user.IsInRole(Roles.ControlloGestione)) return RisultatoImpostazione.NonAutorizzato;
        var indicatore = await db.Indicatori.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (indicatore is null) return RisultatoImpostazione.NonTrovato;

        var errori = new Dictionary<string, string>(StringComparer.Ordinal);
        if (input.Direzione is not { } direzione || !Enum.IsDefined(direzione))
            errori[nameof(MisuraIndicatoreInput.Direzione)] = "Indicare se per l'indicatore è meglio un valore più alto o più basso.";
        var unita = Texts.Clean(input.Unita);
        if (unita is not null && (unita.Length > TextLimits.Unita || unita.Contains('\n', StringComparison.Ordinal)))
            errori[nameof(MisuraIndicatoreInput.Unita)] = $"L'unità di misura può contenere al massimo {TextLimits.Unita} caratteri su una riga.";
        var (raggiunto, parziale) = SoglieTesto.Leggi(input.SogliaRaggiunto, input.SogliaParziale, obbligatorie: false, errori);
        if (errori.Count > 0) return new(EsitoImpostazione.DatiNonValidi, errori);

        db.Entry(indicatore).Property(i => i.Version).OriginalValue = input.Version;
        indicatore.ImpostaMisura(input.Direzione!.Value, unita, raggiunto, parziale);
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
