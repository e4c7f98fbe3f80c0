using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>Closes an open round: from then on nobody edits it (single reopenings end too).</summary>
public sealed class ChiudiRilevazione(AppDbContext db)
{
    public async Task<Esito> HandleAsync(DateOnly data, ChiudiInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Closing ends the single-obiettivo reopenings: the obiettivi must be loaded.
        var rilevazione = await db.Rilevazioni.Include(r => r.Obiettivi).SingleOrDefaultAsync(r => r.Data == data, ct);
        if (rilevazione is null) return Esito.NonTrovato;
        if (rilevazione.Stato != StatoRilevazione.Aperta)
            return Esito.Rifiutato("Si può chiudere solo una rilevazione aperta.");
        if (!input.Conferma)
            return Esito.Rifiutato("Per chiudere la rilevazione selezionare la casella di conferma.", nameof(input.Conferma));

        rilevazione.Chiudi();
        await db.SaveChangesAsync(ct);
        return Esito.Fatto($"Rilevazione «{rilevazione.Titolo}» chiusa: i dati non sono più modificabili.");
    }
}
