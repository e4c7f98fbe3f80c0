using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Interceptors;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Notifiche;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>
/// Segreteria returns a sent (or validated) obiettivo with a note: the responsabile sees it on the form and receives
/// it in the app and by e-mail. The note is also the reason recorded in the audit trail. One save.
/// </summary>
public sealed class RestituisciObiettivo(AppDbContext db, IAuthorizationService authz, Notificatore notificatore, AuditContext audit)
{
    public async Task<Esito> HandleAsync(ClaimsPrincipal user, DateOnly data, string codice, RestituisciInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        if (!Codici.IsObiettivoOperativo(codice?.ToUpperInvariant())) return Esito.NonTrovato;
        var code = codice!.ToUpperInvariant();
        var item = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
            .SingleOrDefaultAsync(r => r.Rilevazione.Data == data && r.Obiettivo.Codice == code, ct);
        if (item is null) return Esito.NonTrovato;
        if (!(await authz.AuthorizeAsync(user, item, Operations.Restituisci)).Succeeded)
            return Esito.Vietato(!item.IsAperto
                ? $"L'obiettivo {item.Obiettivo.Codice} non si può restituire: la rilevazione non è aperta."
                : $"L'obiettivo {item.Obiettivo.Codice} non si può restituire: non è stato inviato " +
                  $"(stato attuale: {StatiCompilazione.Etichetta(item.Stato).ToLowerInvariant()}).");

        try
        {
            item.Restituisci(input.Nota!);
        }
        catch (ArgumentException ex)
        {
            return Esito.Rifiutato(ErroreCampo.Testo(ex), nameof(input.Nota));
        }
        audit.Nota = item.NotaRestituzione;

        var rilevazione = item.Rilevazione;
        var link = DataRilevazione.UrlObiettivo(rilevazione.Data, item.Obiettivo.Codice);
        await notificatore.PerResponsabileAsync(item.Obiettivo.ResponsabileGestionaleId, new Messaggio(
            $"Obiettivo {item.Obiettivo.Codice} restituito – {rilevazione.Titolo}",
            $"La Segreteria Generale ha restituito l'obiettivo {item.Obiettivo.Codice} – {item.Obiettivo.Nome} " +
            $"della rilevazione «{rilevazione.Titolo}» (al {Formats.Data(rilevazione.Data)}) con questa nota:\n\n" +
            $"{item.NotaRestituzione}\n\n" +
            $"Corregga il modulo e lo invii di nuovo: {link}",
            link), ct);
        await db.SaveChangesAsync(ct);
        return Esito.Fatto($"Obiettivo {item.Obiettivo.Codice} restituito al responsabile con la nota.");
    }
}
