using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>Includes every obiettivo operativo of the plan (not retired) in the round and opens it to the responsabili.</summary>
public sealed class ApriRilevazione(AppDbContext db, TimeProvider time)
{
    public async Task<Esito> HandleAsync(DateOnly data, CancellationToken ct)
    {
        var rilevazione = await db.Rilevazioni.Include(r => r.Obiettivi).SingleOrDefaultAsync(r => r.Data == data, ct);
        if (rilevazione is null) return Esito.NonTrovato;
        if (rilevazione.Stato != StatoRilevazione.InPreparazione)
            return Esito.Rifiutato(rilevazione.Stato == StatoRilevazione.Aperta
                ? "La rilevazione è già aperta." : "La rilevazione è chiusa: per riaprirla usare «Riapri la rilevazione».");

        // Retired obiettivi (or of a retired programma) are no longer in the plan: not asked in new rounds.
        var obiettivi = await db.ObiettiviOperativi.Where(o => !o.Ritirato && !o.Programma.Ritirato).ToListAsync(ct);
        if (obiettivi.Count == 0)
            return Esito.Rifiutato("Il piano non contiene obiettivi operativi: non c'è nulla da rilevare.");
        foreach (var obiettivo in obiettivi) rilevazione.Includi(obiettivo);
        rilevazione.Apri(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Esito.Fatto($"Rilevazione «{rilevazione.Titolo}» aperta con {rilevazione.Obiettivi.Count} obiettivi operativi: " +
            "i responsabili possono compilarli.");
    }
}
