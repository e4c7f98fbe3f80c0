using System.Globalization;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Notifiche;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>
/// Segreteria's "Invia sollecito": the previewed reminders go to every responsabile with work left (in the app and to
/// the e-mail outbox), each logged as a <see cref="SollecitoInviato"/> under the rule "manuale-yyyyMMddHHmmss". One save.
/// </summary>
public sealed class InviaSolleciti(AppDbContext db, PreparaSolleciti prepara, Notificatore notificatore, TimeProvider time)
{
    public async Task<Esito> HandleAsync(DateOnly data, CancellationToken ct)
    {
        var anteprima = await prepara.HandleAsync(data, ct);
        if (anteprima is null) return Esito.NonTrovato;
        if (anteprima.Rilevazione.Stato != StatoRilevazione.Aperta)
            return Esito.Rifiutato("I solleciti si inviano solo per una rilevazione aperta.");
        if (anteprima.Solleciti.Count == 0)
            return Esito.Rifiutato("Nessun responsabile ha obiettivi da completare: non c'è nessun sollecito da inviare.");

        var now = time.GetUtcNow().UtcDateTime;
        var regola = "manuale-" + now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        if (await db.SollecitiInviati.AnyAsync(s => s.RilevazioneId == anteprima.Rilevazione.Id && s.Regola == regola, ct))
            return Esito.Rifiutato("I solleciti sono appena stati inviati: attendere qualche secondo prima di inviarli di nuovo.");

        foreach (var sollecito in anteprima.Solleciti)
        {
            await notificatore.PerResponsabileAsync(sollecito.ResponsabileId, sollecito.Messaggio, ct);
            db.SollecitiInviati.Add(new SollecitoInviato(anteprima.Rilevazione.Id, sollecito.ResponsabileId, regola, now,
                Destinatario(sollecito.Indirizzi)));
        }
        await db.SaveChangesAsync(ct);
        var n = anteprima.Solleciti.Count;
        return Esito.Fatto(n == 1 ? "Sollecito inviato a 1 responsabile." : $"Solleciti inviati a {n} responsabili.");
    }

    // The log keeps who was written to, within the column's 256 characters.
    private static string? Destinatario(IReadOnlyList<string> indirizzi)
    {
        if (indirizzi.Count == 0) return null;
        var all = string.Join(", ", indirizzi);
        return all.Length <= 256 ? all : all[..256];
    }
}
