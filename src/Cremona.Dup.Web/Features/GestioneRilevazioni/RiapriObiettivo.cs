using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Interceptors;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Notifiche;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>
/// Reopens one obiettivo of a closed round for its responsabile (the rest stays locked), with a reason that goes to
/// the audit trail and to the responsabile. One save.
/// </summary>
public sealed class RiapriObiettivo(AppDbContext db, Notificatore notificatore, AuditContext audit)
{
    public async Task<Esito> HandleAsync(DateOnly data, string codice, MotivoInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Codici.IsObiettivoOperativo(codice?.ToUpperInvariant())) return Esito.NonTrovato;
        var code = codice!.ToUpperInvariant();
        var item = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
            .SingleOrDefaultAsync(r => r.Rilevazione.Data == data && r.Obiettivo.Codice == code, ct);
        if (item is null) return Esito.NonTrovato;
        if (item.Rilevazione.Stato != StatoRilevazione.Chiusa)
            return Esito.Rifiutato(item.Rilevazione.IsOpen
                ? "La rilevazione è aperta: l'obiettivo non va riaperto, si può restituire al responsabile."
                : "La rilevazione non è ancora aperta.");
        if (item.Riaperto)
            return Esito.Rifiutato($"L'obiettivo {item.Obiettivo.Codice} è già riaperto per il responsabile.");

        try
        {
            item.Riapri(input.Motivo!);
        }
        catch (ArgumentException ex)
        {
            return Esito.Rifiutato(ErroreCampo.Testo(ex), nameof(input.Motivo));
        }
        audit.Nota = item.NotaRestituzione;

        var rilevazione = item.Rilevazione;
        var link = DataRilevazione.UrlObiettivo(rilevazione.Data, item.Obiettivo.Codice);
        await notificatore.PerResponsabileAsync(item.Obiettivo.ResponsabileGestionaleId, new Messaggio(
            $"Obiettivo {item.Obiettivo.Codice} riaperto – {rilevazione.Titolo}",
            $"La Segreteria Generale ha riaperto per lei l'obiettivo {item.Obiettivo.Codice} – {item.Obiettivo.Nome} " +
            $"della rilevazione «{rilevazione.Titolo}» (al {Formats.Data(rilevazione.Data)}), già chiusa, con questo motivo:\n\n" +
            $"{item.NotaRestituzione}\n\n" +
            $"Aggiorni il modulo e lo invii di nuovo: {link}",
            link), ct);
        await db.SaveChangesAsync(ct);
        return Esito.Fatto($"Obiettivo {item.Obiettivo.Codice} riaperto: il responsabile è stato avvisato e può modificarlo.");
    }
}
