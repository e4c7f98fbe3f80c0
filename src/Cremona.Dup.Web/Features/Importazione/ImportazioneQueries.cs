using System.Security.Cryptography;
using System.Text.Json;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>Reads the whole plan as rows of the template (one query per level), retired rows included.</summary>
public sealed class ImportazioneQueries(AppDbContext db)
{
    public async Task<PianoAttuale> AttualeAsync(int anno, CancellationToken ct)
    {
        var missioni = await db.Missioni.AsNoTracking()
            .OrderBy(m => m.Numero)
            .Select(m => new RigaMissione(m.Numero, m.Nome, 0))
            .ToListAsync(ct);
        var programmi = await db.Programmi.AsNoTracking()
            .OrderBy(p => p.Ordine).ThenBy(p => p.Id)
            .Select(p => new RigaProgramma(p.Codice, p.Missione.Numero, p.Nome, p.Responsabili, p.Descrizione, p.MotivazioneScelte,
                p.FinalitaDaConseguire, p.RisorseUmane, p.RisorseStrumentali, p.Ritirato, 0))
            .ToListAsync(ct);
        var strategici = await db.ObiettiviStrategici.AsNoTracking()
            .OrderBy(s => s.Codice)
            .Select(s => new RigaStrategico(s.Codice, s.Nome, s.Ritirato, 0))
            .ToListAsync(ct);
        var operativi = await db.ObiettiviOperativi.AsNoTracking()
            .OrderBy(o => o.Programma.Ordine).ThenBy(o => o.Ordine).ThenBy(o => o.Id)
            .Select(o => new RigaOperativo(o.Codice, o.Programma.Codice, o.ObiettivoStrategico == null ? null : o.ObiettivoStrategico.Codice,
                o.Nome, o.ResponsabilePolitico, o.ResponsabileGestionale.Nome, o.DescrizioneSintetica, o.Gap, o.Stakeholder,
                o.SettoriCoinvolti, o.Definizioni.Where(d => d.Anno == anno).Select(d => d.Testo).FirstOrDefault(), o.Ritirato, 0))
            .ToListAsync(ct);
        var indicatori = await db.Indicatori.AsNoTracking()
            .OrderBy(i => i.Obiettivo.Programma.Ordine).ThenBy(i => i.Obiettivo.Ordine).ThenBy(i => i.Ordine)
            .Select(i => new
            {
                Riga = new RigaIndicatore(i.Obiettivo.Codice, i.Ordine, i.Nome, i.Finalita, i.Formula, i.Target, i.Note, i.PrimoAnno,
                    i.UltimoAnno, i.Ritirato, 0),
                Primo = i.Valori.Where(v => v.Consuntivo != null).Min(v => (int?)v.Anno),
                Ultimo = i.Valori.Where(v => v.Consuntivo != null).Max(v => (int?)v.Anno),
            })
            .ToListAsync(ct);
        var responsabili = await db.Responsabili.AsNoTracking().OrderBy(r => r.Nome).Select(r => r.Nome).ToListAsync(ct);

        var righe = new PianoRighe(missioni, programmi, strategici, operativi, indicatori.ConvertAll(i => i.Riga));
        var anni = indicatori.Where(i => i.Primo is not null)
            .ToDictionary(i => i.Riga.Chiave, i => (i.Primo!.Value, i.Ultimo!.Value), StringComparer.Ordinal);
        return new PianoAttuale(righe, responsabili, anni, Impronta(righe, responsabili, anno));
    }

    /// <summary>The year a template is for when none is asked: the plan's current year.</summary>
    public async Task<int> AnnoCorrenteAsync(CancellationToken ct) =>
        await db.Piano.Select(p => (int?)p.AnnoCorrente).SingleOrDefaultAsync(ct) ?? Anni.Min;

    /// <summary>A fingerprint of everything an import compares with: equal fingerprints, equal previews.</summary>
    private static string Impronta(PianoRighe righe, List<string> responsabili, int anno)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { anno, righe, responsabili });
        return Convert.ToHexString(SHA256.HashData(json));
    }
}
