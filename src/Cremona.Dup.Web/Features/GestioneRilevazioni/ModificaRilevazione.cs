using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>Title, deadline and what the round asks, with optimistic concurrency on the round's version.</summary>
public sealed class ModificaRilevazione(AppDbContext db, TimeProvider time)
{
    public const string MessaggioConflitto =
        "Un'altra persona ha modificato la rilevazione dopo che hai aperto questa pagina: le tue modifiche non sono state " +
        "salvate. Sotto trovi i valori salvati ora e, nel modulo, quelli che hai scritto: controlla e salva di nuovo.";

    public async Task<Esito> HandleAsync(DateOnly data, ModificaRilevazioneInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rilevazione = await db.Rilevazioni.SingleOrDefaultAsync(r => r.Data == data, ct);
        if (rilevazione is null) return Esito.NonTrovato;
        if (rilevazione.Stato == StatoRilevazione.Chiusa)
            return Esito.Rifiutato("Una rilevazione chiusa non è modificabile: riaprirla prima di cambiarla.");
        if (rilevazione.Version != input.Version) return Esito.Conflitto(MessaggioConflitto);

        var errori = new List<ErroreCampo>();
        if (input.Scadenza is { } scadenza && scadenza != rilevazione.Scadenza && scadenza <= Formats.Oggi(time))
            errori.Add(new(nameof(input.Scadenza), "La scadenza deve essere successiva alla data di oggi."));
        try
        {
            rilevazione.Modifica(input.Titolo!, input.Scadenza, input.AnnoConsuntivo ?? rilevazione.AnnoConsuntivo,
                input.ChiedeStatoAttuazione, input.ChiedeAzioniCorrettive);
        }
        catch (ArgumentException ex)
        {
            errori.Add(new(CreaRilevazione.Campo(ex.ParamName), ErroreCampo.Testo(ex)));
        }
        catch (InvalidOperationException ex)
        {
            errori.Add(new(nameof(input.AnnoConsuntivo), ex.Message));
        }
        if (errori.Count > 0) return Esito.Rifiutato(errori);

        // The version the user saw, not the one just read: a save by someone else in between makes this one fail.
        db.Entry(rilevazione).Property(r => r.Version).OriginalValue = input.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Esito.Conflitto(MessaggioConflitto);
        }
        return Esito.Fatto($"Rilevazione «{rilevazione.Titolo}» salvata.");
    }
}
