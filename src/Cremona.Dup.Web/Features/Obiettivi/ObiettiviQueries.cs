using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Obiettivi;

public sealed class ObiettiviQueries(AppDbContext db)
{
    /// <summary>An obiettivo operativo with everything the page shows: two queries (plan, rounds).</summary>
    public async Task<ObiettivoViewModel?> DettaglioAsync(string codice, CancellationToken ct)
    {
        if (!Codici.IsObiettivoOperativo(codice?.ToUpperInvariant())) return null;
        var code = codice!.ToUpperInvariant();

        var obiettivo = await db.ObiettiviOperativi.AsNoTracking()
            .Where(o => o.Codice == code)
            .Select(o => new
            {
                o.Id,
                o.Codice,
                o.Nome,
                MissioneNumero = o.Programma.Missione.Numero,
                MissioneNome = o.Programma.Missione.Nome,
                ProgrammaCodice = o.Programma.Codice,
                ProgrammaNome = o.Programma.Nome,
                StrategicoCodice = o.ObiettivoStrategico == null ? null : o.ObiettivoStrategico.Codice,
                StrategicoNome = o.ObiettivoStrategico == null ? null : o.ObiettivoStrategico.Nome,
                o.ResponsabilePolitico,
                Gestionale = o.ResponsabileGestionale.Nome,
                o.DescrizioneSintetica,
                o.Gap,
                o.Stakeholder,
                o.SettoriCoinvolti,
                Ritirato = o.Ritirato || o.Programma.Ritirato,
                Definizioni = o.Definizioni.Select(d => new ObiettivoViewModel.Definizione(d.Anno, d.Testo)).ToList(),
                Indicatori = o.Indicatori.OrderBy(i => i.Ordine).Select(i => new ObiettivoViewModel.IndicatoreItem(
                    i.Nome, i.Finalita, i.Formula, i.Target, i.Note, i.PrimoAnno, i.UltimoAnno,
                    i.Valori.Select(v => new ObiettivoViewModel.Valore(v.Anno, v.Consuntivo)).ToList())).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (obiettivo is null) return null;

        var rilevazioni = await db.RilevazioniObiettivi.AsNoTracking()
            .Where(r => r.ObiettivoOperativoId == obiettivo.Id)
            .OrderBy(r => r.Rilevazione.Data)
            .Select(r => new ObiettivoViewModel.RilevazioneItem(
                r.Rilevazione.Data, r.Rilevazione.Titolo, r.Rilevazione.Stato, r.Stato, r.StatoAttuazione, r.AzioniCorrettive))
            .ToListAsync(ct);

        return new ObiettivoViewModel(
            obiettivo.Codice, obiettivo.Nome, obiettivo.MissioneNumero, obiettivo.MissioneNome, obiettivo.ProgrammaCodice,
            obiettivo.ProgrammaNome, obiettivo.StrategicoCodice, obiettivo.StrategicoNome, obiettivo.ResponsabilePolitico,
            obiettivo.Gestionale, obiettivo.DescrizioneSintetica, obiettivo.Gap, obiettivo.Stakeholder,
            obiettivo.SettoriCoinvolti, obiettivo.Definizioni.OrderBy(d => d.Anno).ToList(), obiettivo.Indicatori,
            rilevazioni, obiettivo.Ritirato);
    }
}
