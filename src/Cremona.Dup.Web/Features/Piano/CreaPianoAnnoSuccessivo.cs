using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>
/// The year roll-over: the plan of year N+1 is the plan of N without what is retired. One save (one transaction): the
/// plan year moves on and every indicator still in the plan reports on N+1 too. Definizioni of N+1 stay empty; past
/// values, texts and rounds are not touched. A second roll-over to the same year is refused.
/// </summary>
public sealed class CreaPianoAnnoSuccessivo(AppDbContext db, TimeProvider time)
{
    public async Task<NuovoAnnoViewModel> AnteprimaAsync(CancellationToken ct)
    {
        var piano = await db.Piano.AsNoTracking().SingleOrDefaultAsync(ct);
        var anno = piano?.AnnoCorrente ?? await db.AnnoCorrenteAsync(time, ct);
        var conteggi = await db.Missioni.AsNoTracking().GroupBy(_ => 1).Select(_ => new
        {
            Programmi = db.Programmi.Count(p => !p.Ritirato),
            Obiettivi = db.ObiettiviOperativi.Count(o => !o.Ritirato && !o.Programma.Ritirato),
            Indicatori = db.Indicatori.Count(i => !i.Ritirato && !i.Obiettivo.Ritirato && !i.Obiettivo.Programma.Ritirato),
            ProgrammiRitirati = db.Programmi.Count(p => p.Ritirato),
            ObiettiviRitirati = db.ObiettiviOperativi.Count(o => o.Ritirato || o.Programma.Ritirato),
            IndicatoriRitirati = db.Indicatori.Count(i => i.Ritirato || i.Obiettivo.Ritirato || i.Obiettivo.Programma.Ritirato),
            Rilevazioni = db.Rilevazioni.Count(),
            Consuntivi = db.IndicatoriValori.Count(v => v.Consuntivo != null),
        }).SingleOrDefaultAsync(ct);
        return new NuovoAnnoViewModel(anno, piano?.Version ?? Guid.Empty, conteggi?.Programmi ?? 0, conteggi?.Obiettivi ?? 0,
            conteggi?.Indicatori ?? 0, conteggi?.ProgrammiRitirati ?? 0, conteggi?.ObiettiviRitirati ?? 0,
            conteggi?.IndicatoriRitirati ?? 0, conteggi?.Rilevazioni ?? 0, conteggi?.Consuntivi ?? 0);
    }

    public async Task<EsitoPiano> HandleAsync(int anno, CancellationToken ct)
    {
        var piano = await db.PianoAsync(time, ct);
        try
        {
            piano.PassaAllAnno(anno);
        }
        catch (InvalidOperationException ex)
        {
            return EsitoPiano.Rifiutato(ex.Message);
        }
        catch (ArgumentException ex)
        {
            return EsitoPiano.Rifiutato(GestioneRilevazioni.ErroreCampo.Testo(ex));
        }

        var indicatori = await db.Indicatori
            .Where(i => !i.Ritirato && !i.Obiettivo.Ritirato && !i.Obiettivo.Programma.Ritirato)
            .ToListAsync(ct);
        foreach (var indicatore in indicatori) indicatore.IncludiAnno(anno);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EsitoPiano.Rifiutato($"Il piano è stato cambiato da qualcun altro nel frattempo: nulla è stato fatto. Controllare la pagina e riprovare.");
        }
        catch (DbUpdateException)
        {
            // Two roll-overs at once on a database without the plan row: the second insert of the single row fails.
            return EsitoPiano.Rifiutato($"Il piano {anno} esiste già.");
        }
        return EsitoPiano.Salvato(
            $"Piano {anno} creato: {indicatori.Count} indicatori riportano ora anche il {anno}. Le definizioni {anno} degli obiettivi " +
            "sono da compilare; ora si possono creare le rilevazioni del nuovo anno.", PianoUrl.Elenco);
    }
}
