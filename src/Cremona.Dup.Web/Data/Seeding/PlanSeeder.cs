using System.Globalization;
using Cremona.Dup.Web.Data.Interceptors;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Data.Seeding;

/// <summary>
/// Loads the Cremona 2019 plan, its closed round 2019-06-30 and the organismi partecipati section.
/// Idempotent: does nothing when the plan already holds missioni.
/// </summary>
public sealed class PlanSeeder(AppDbContext db, AuditContext audit, TimeProvider time)
{
    public async Task<bool> SeedAsync(CancellationToken ct)
    {
        if (await db.Missioni.AnyAsync(ct)) return false;

        var plan = DatasetFiles.LoadPlan();
        var partecipate = DatasetFiles.LoadPartecipate();

        var missioni = plan.Missioni.ToDictionary(m => m.Numero, m => new Missione(m.Numero, m.Nome));
        var strategici = plan.ObiettiviStrategici.ToDictionary(s => s.Codice, s => new ObiettivoStrategico(s.Codice, s.Nome),
            StringComparer.Ordinal);
        var responsabili = new Dictionary<string, Responsabile>(StringComparer.Ordinal);
        var rilevazione = new Rilevazione(plan.Rilevazione.Data, plan.Rilevazione.Titolo, scadenza: null);
        rilevazione.Apri(time.GetUtcNow().UtcDateTime);

        var ordineProgramma = 0;
        foreach (var p in plan.Programmi)
        {
            var programma = new Programma(missioni[p.Missione], p.Codice, p.Nome, p.Responsabili,
                new ProgrammaTesti(p.Descrizione, p.MotivazioneScelte, p.FinalitaDaConseguire, p.RisorseUmane, p.RisorseStrumentali),
                ++ordineProgramma);
            db.Programmi.Add(programma);

            var ordineObiettivo = 0;
            foreach (var o in p.ObiettiviOperativi)
            {
                var responsabile = GetOrAdd(responsabili, o.ResponsabileGestionale);
                var strategico = o.ObiettivoStrategico is null ? null : strategici[o.ObiettivoStrategico];
                var obiettivo = new ObiettivoOperativo(o.Codice, o.Nome, programma, strategico, o.ResponsabilePolitico,
                    responsabile, new ObiettivoOperativoTesti(o.DescrizioneSintetica, o.Gap, o.Stakeholder, o.SettoriCoinvolti),
                    ++ordineObiettivo);
                foreach (var (anno, testo) in o.Definizioni ?? [])
                    obiettivo.SetDefinizione(int.Parse(anno, CultureInfo.InvariantCulture), testo);
                foreach (var i in o.Indicatori)
                    AddIndicatore(obiettivo, i);
                programma.Obiettivi.Add(obiettivo);
                rilevazione.Includi(obiettivo).Importa(o.StatoAttuazione, o.AzioniCorrettive);
            }
        }

        rilevazione.Chiudi();
        db.Rilevazioni.Add(rilevazione);
        if (!await db.Piano.AnyAsync(ct)) db.Piano.Add(new Piano(plan.Rilevazione.Data.Year));
        AddPartecipate(rilevazione, partecipate);

        // Loading a published document is not a change made by a person: nothing to record in the audit trail.
        audit.Enabled = false;
        try { await db.SaveChangesAsync(ct); }
        finally { audit.Enabled = true; }
        return true;
    }

    private static Responsabile GetOrAdd(Dictionary<string, Responsabile> responsabili, string nome)
    {
        var key = Texts.CollapseSpaces(nome);
        if (!responsabili.TryGetValue(key, out var responsabile))
        {
            responsabile = new Responsabile(key);
            responsabile.SetEmail($"{UserNames.FromPersonName(key)}@cremona.example");
            responsabili.Add(key, responsabile);
        }
        return responsabile;
    }

    private static void AddIndicatore(ObiettivoOperativo obiettivo, PlanDataset.IndicatoreDataset data)
    {
        var indicatore = obiettivo.AddIndicatore(data.Nome, data.Anni.Min(), data.Anni.Max());
        indicatore.SetTesti(new IndicatoreTesti(data.Finalita, data.Formula, data.Note));
        indicatore.SetTarget(data.Target);
        foreach (var (anno, valore) in data.Consuntivi ?? [])
            indicatore.SetConsuntivo(int.Parse(anno, CultureInfo.InvariantCulture), valore);
    }

    private void AddPartecipate(Rilevazione rilevazione, PartecipateDataset data)
    {
        var ordineOrganismo = 0;
        foreach (var o in data.Organismi)
        {
            var organismo = new OrganismoPartecipato(rilevazione, o.Nome, o.Introduzione, ++ordineOrganismo);
            var ordineSezione = 0;
            foreach (var s in o.Sezioni)
            {
                var sezione = new SezionePartecipata(s.Numero, s.Titolo, s.Testo, s.Rendicontazione, ++ordineSezione);
                var ordineIndirizzo = 0;
                foreach (var i in s.Indirizzi ?? [])
                {
                    var indirizzo = new IndirizzoPartecipata(i.Lettera, i.Testo, i.Rendicontazione, ++ordineIndirizzo);
                    var ordineIndicatore = 0;
                    foreach (var k in i.Indicatori ?? [])
                        indirizzo.Indicatori.Add(new IndicatorePartecipata(k.Nome, k.TargetAtteso, k.Finalita, k.Formula,
                            k.Risultato, ++ordineIndicatore));
                    sezione.Indirizzi.Add(indirizzo);
                }
                organismo.Sezioni.Add(sezione);
            }
            db.OrganismiPartecipati.Add(organismo);
        }
    }
}
