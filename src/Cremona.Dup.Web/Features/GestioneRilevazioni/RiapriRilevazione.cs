using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Interceptors;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>Reopens a whole closed round; the reason goes into the audit trail with the change of state.</summary>
public sealed class RiapriRilevazione(AppDbContext db, AuditContext audit)
{
    public async Task<Esito> HandleAsync(DateOnly data, MotivoInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rilevazione = await db.Rilevazioni.SingleOrDefaultAsync(r => r.Data == data, ct);
        if (rilevazione is null) return Esito.NonTrovato;
        if (rilevazione.Stato != StatoRilevazione.Chiusa)
            return Esito.Rifiutato("Si può riaprire solo una rilevazione chiusa.");
        var motivo = Texts.Clean(input.Motivo);
        if (motivo is null) return Esito.Rifiutato("Indicare il motivo della riapertura.", nameof(input.Motivo));

        rilevazione.Riapri();
        audit.Nota = motivo;
        await db.SaveChangesAsync(ct);
        return Esito.Fatto($"Rilevazione «{rilevazione.Titolo}» riaperta: i responsabili possono di nuovo compilare " +
            "gli obiettivi non ancora inviati.");
    }
}
