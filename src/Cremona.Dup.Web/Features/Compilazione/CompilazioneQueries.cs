using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Compilazione;

public sealed class CompilazioneQueries(AppDbContext db)
{
    /// <summary>
    /// The obiettivo of a round with everything the form needs (round, obiettivo, programma, indicators and their
    /// yearly values, the values entered in this round): one query. Read-only.
    /// </summary>
    public Task<RilevazioneObiettivo?> CaricaAsync(DateOnly data, string codice, CancellationToken ct) =>
        Query(data, codice).AsNoTracking().SingleOrDefaultAsync(ct);

    /// <summary>The same, tracked, for a use case that changes it.</summary>
    public Task<RilevazioneObiettivo?> CaricaPerModificaAsync(DateOnly data, string codice, CancellationToken ct) =>
        Query(data, codice).SingleOrDefaultAsync(ct);

    /// <summary>The latest earlier round's texts for this obiettivo: the second query of the page.</summary>
    public Task<CompilazioneViewModel.Precedente?> PrecedenteAsync(int obiettivoId, DateOnly data, CancellationToken ct) =>
        db.RilevazioniObiettivi.AsNoTracking()
            .Where(r => r.ObiettivoOperativoId == obiettivoId && r.Rilevazione.Data < data)
            .OrderByDescending(r => r.Rilevazione.Data)
            .Select(r => new CompilazioneViewModel.Precedente(r.Rilevazione.Data, r.Rilevazione.Titolo, r.StatoAttuazione, r.AzioniCorrettive))
            .FirstOrDefaultAsync(ct);

    private IQueryable<RilevazioneObiettivo> Query(DateOnly data, string codice)
    {
        var code = codice.Trim().ToUpperInvariant();
        return db.RilevazioniObiettivi
            .Include(r => r.Rilevazione)
            .Include(r => r.Valori)
            .Include(r => r.Obiettivo).ThenInclude(o => o.Programma)
            .Include(r => r.Obiettivo).ThenInclude(o => o.ResponsabileGestionale)
            .Include(r => r.Obiettivo).ThenInclude(o => o.Definizioni)
            .Include(r => r.Obiettivo).ThenInclude(o => o.Indicatori).ThenInclude(i => i.Valori)
            .Where(r => r.Rilevazione.Data == data && r.Obiettivo.Codice == code);
    }
}
