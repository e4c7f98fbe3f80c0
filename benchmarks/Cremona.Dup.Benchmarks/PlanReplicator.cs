using System.Globalization;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Benchmarks;

/// <summary>
/// Grows the real plan to N times its size: copies every programma (with texts, obiettivi, indicators, values and the
/// 2019-06-30 round's texts) under new missioni numbered from 20, with new programma and obiettivo codes.
/// </summary>
public static class PlanReplicator
{
    public static async Task ReplicateAsync(AppDbContext db, int copies)
    {
        ArgumentNullException.ThrowIfNull(db);
        var programmi = await db.Programmi
            .Include(p => p.Missione)
            .Include(p => p.Obiettivi).ThenInclude(o => o.Definizioni)
            .Include(p => p.Obiettivi).ThenInclude(o => o.Indicatori).ThenInclude(i => i.Valori)
            .Include(p => p.Obiettivi).ThenInclude(o => o.ObiettivoStrategico)
            .Include(p => p.Obiettivi).ThenInclude(o => o.ResponsabileGestionale)
            .AsSplitQuery().ToListAsync();
        var rilevazione = await db.Rilevazioni.Include(r => r.Obiettivi).SingleAsync(r => r.Data == new DateOnly(2019, 6, 30));
        var testi = rilevazione.Obiettivi.ToDictionary(r => r.ObiettivoOperativoId, r => (r.StatoAttuazione, r.AzioniCorrettive));
        var missioni = programmi.Select(p => p.Missione).DistinctBy(m => m.Numero).OrderBy(m => m.Numero).ToList();
        var codice = 10000;
        var ordine = programmi.Max(p => p.Ordine);

        for (var copy = 1; copy < copies; copy++)
        {
            // Two real missioni share a new one (missione numbers stay within two digits): programmi of the second get +50.
            var nuove = new Dictionary<int, Missione>();
            for (var i = 0; i < missioni.Count; i++)
            {
                var numero = 20 + ((copy - 1) * ((missioni.Count + 1) / 2)) + (i / 2);
                if (!nuove.ContainsKey(numero))
                    nuove[numero] = new Missione(numero, $"{missioni[i].Nome} (copia {copy})");
            }
            foreach (var p in programmi)
            {
                var i = missioni.FindIndex(m => m.Numero == p.Missione.Numero);
                var numero = 20 + ((copy - 1) * ((missioni.Count + 1) / 2)) + (i / 2);
                var progressivo = int.Parse(p.Codice.Split('.')[1], CultureInfo.InvariantCulture) + (i % 2 == 1 ? 50 : 0);
                var copia = new Programma(nuove[numero], $"{numero}.{progressivo:00}", p.Nome, p.Responsabili,
                    new ProgrammaTesti(p.Descrizione, p.MotivazioneScelte, p.FinalitaDaConseguire, p.RisorseUmane, p.RisorseStrumentali),
                    ++ordine);
                db.Programmi.Add(copia);
                foreach (var o in p.Obiettivi)
                {
                    var obiettivo = new ObiettivoOperativo($"C{codice++}", o.Nome, copia, o.ObiettivoStrategico, o.ResponsabilePolitico,
                        o.ResponsabileGestionale, new ObiettivoOperativoTesti(o.DescrizioneSintetica, o.Gap, o.Stakeholder, o.SettoriCoinvolti),
                        o.Ordine);
                    foreach (var d in o.Definizioni) obiettivo.SetDefinizione(d.Anno, d.Testo);
                    foreach (var i2 in o.Indicatori.OrderBy(x => x.Ordine))
                    {
                        var indicatore = obiettivo.AddIndicatore(i2.Nome, i2.PrimoAnno, i2.UltimoAnno);
                        indicatore.SetTesti(new IndicatoreTesti(i2.Finalita, i2.Formula, i2.Note));
                        indicatore.SetTarget(i2.Target);
                        foreach (var v in i2.Valori) indicatore.SetConsuntivo(v.Anno, v.Consuntivo);
                    }
                    copia.Obiettivi.Add(obiettivo);
                    if (testi.TryGetValue(o.Id, out var t)) rilevazione.Includi(obiettivo).Importa(t.StatoAttuazione, t.AzioniCorrettive);
                }
            }
        }
        await db.SaveChangesAsync();
    }
}
