using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Interceptors;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>
/// Applies an uploaded plan: checks it again against the plan as it is now (refused if the plan changed since the
/// preview), then changes the plan through the domain's methods and saves once, in one transaction: all or nothing.
/// Rows missing from the file are retired, never deleted.
/// </summary>
public sealed class ApplicaImportazione(AppDbContext db, ImportazioneQueries queries, ArchivioImportazioni archivio,
    AuditContext audit, TimeProvider time, ILogger<ApplicaImportazione> logger)
{
    public const string PianoCambiato =
        "Il piano è stato modificato dopo l'anteprima: nulla è stato importato. Controlla la nuova anteprima qui sotto e applica di nuovo.";

    public const string ErroreSalvataggio =
        "L'importazione non è riuscita e nessuna modifica è stata salvata: il piano è com'era prima. Riprovare; se il problema si ripete, contattare l'amministratore.";

    public async Task<EsitoApplicazione> HandleAsync(Guid id, string utente, string? impronta, CancellationToken ct)
    {
        var caricamento = await archivio.TrovaAsync(id, utente, ct);
        if (caricamento is null) return new EsitoApplicazione(EsitoApplicazione.Tipo.NonTrovato, null);
        if (caricamento.ApplicatoIlUtc is not null) return new EsitoApplicazione(EsitoApplicazione.Tipo.GiaApplicato, null);

        var file = LettoreXlsx.Leggi(await archivio.ContenutoAsync(id, ct));
        var anno = ValidatoreImportazione.AnnoDelFile(file);
        var attuale = await queries.AttualeAsync(anno ?? Anni.Min, ct);
        if (!string.Equals(attuale.Impronta, impronta, StringComparison.Ordinal))
            return new EsitoApplicazione(EsitoApplicazione.Tipo.PianoCambiato, PianoCambiato);
        var anteprima = ValidatoreImportazione.Valida(file, attuale);
        if (!anteprima.Valida || anteprima.Importato is not { } importato || anno is null)
            return new EsitoApplicazione(EsitoApplicazione.Tipo.NonValido, null);

        // Every change goes in one SaveChanges, which EF Core runs in one transaction (and SQL Server's retrying
        // strategy retries as a whole): all or nothing, with no user-initiated transaction the strategy would refuse.
        try
        {
            await ApplicaAsync(importato, anteprima.Ritiri.Select(r => (r.Tipo, r.Chiave)).ToHashSet(), anno.Value, ct);
            audit.Nota = $"Importazione del piano da Excel ({caricamento.NomeFile})";
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            logger.LogError(ex, "Importazione {Id} del piano non applicata", id);
            Annulla();
            return new EsitoApplicazione(EsitoApplicazione.Tipo.Errore, ErroreSalvataggio);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // A rule of the domain that the file check does not know: its message is Italian and says which.
            logger.LogWarning(ex, "Importazione {Id} del piano rifiutata dal dominio", id);
            Annulla();
            return new EsitoApplicazione(EsitoApplicazione.Tipo.Errore,
                $"L'importazione non è stata applicata e nessuna modifica è stata salvata: {ex.Message}");
        }
        await archivio.SegnaApplicatoAsync(caricamento, anteprima, ct);
        return new EsitoApplicazione(EsitoApplicazione.Tipo.Applicato, null);
    }

    private void Annulla()
    {
        audit.Nota = null;
        db.ChangeTracker.Clear();
    }

    /// <summary>Changes the plan to the file's rows; retires exactly the rows the preview listed (<paramref name="ritiri"/>).</summary>
    private async Task ApplicaAsync(PianoRighe importato, HashSet<(string Tipo, string Chiave)> ritiri, int anno, CancellationToken ct)
    {
        var missioni = await db.Missioni.ToDictionaryAsync(m => m.Numero, ct);
        var strategici = await db.ObiettiviStrategici.ToDictionaryAsync(s => s.Codice, StringComparer.Ordinal, ct);
        var programmi = await db.Programmi.ToDictionaryAsync(p => p.Codice, StringComparer.Ordinal, ct);
        var operativi = await db.ObiettiviOperativi.Include(o => o.Definizioni).Include(o => o.Indicatori)
            .AsSplitQuery().ToDictionaryAsync(o => o.Codice, StringComparer.Ordinal, ct);
        var responsabili = (await db.Responsabili.ToListAsync(ct))
            .GroupBy(r => r.Nome, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        foreach (var riga in importato.Missioni)
        {
            if (!missioni.TryGetValue(riga.Numero, out var missione))
                db.Missioni.Add(missioni[riga.Numero] = new Missione(riga.Numero, riga.Nome));
            else if (missione.Nome != riga.Nome)
                missione.Rinomina(riga.Nome);
        }

        foreach (var riga in importato.Strategici)
        {
            if (!strategici.TryGetValue(riga.Codice, out var strategico))
            {
                db.ObiettiviStrategici.Add(strategici[riga.Codice] = new ObiettivoStrategico(riga.Codice, riga.Nome));
                continue;
            }
            if (strategico.Ritirato) strategico.Ripristina();
            if (strategico.Nome != riga.Nome) strategico.Rinomina(riga.Nome);
        }
        foreach (var strategico in strategici.Values.Where(s => ritiri.Contains(("Obiettivo strategico", s.Codice)))) strategico.Ritira();

        var ordineProgramma = programmi.Values.Select(p => p.Ordine).DefaultIfEmpty().Max();
        foreach (var riga in importato.Programmi)
        {
            var testi = new ProgrammaTesti(riga.Descrizione, riga.MotivazioneScelte, riga.FinalitaDaConseguire, riga.RisorseUmane, riga.RisorseStrumentali);
            if (!programmi.TryGetValue(riga.Codice, out var programma))
            {
                db.Programmi.Add(programmi[riga.Codice] =
                    new Programma(missioni[riga.Missione], riga.Codice, riga.Nome, riga.Responsabili, testi, ++ordineProgramma));
                continue;
            }
            if (programma.Ritirato) programma.Ripristina();
            if (programma.Nome != riga.Nome || programma.Responsabili != riga.Responsabili) programma.Modifica(riga.Nome, riga.Responsabili);
            if (testi != new ProgrammaTesti(programma.Descrizione, programma.MotivazioneScelte, programma.FinalitaDaConseguire,
                    programma.RisorseUmane, programma.RisorseStrumentali))
                programma.SetTesti(testi);
        }
        foreach (var programma in programmi.Values.Where(p => ritiri.Contains(("Programma", p.Codice)))) programma.Ritira();

        // Keyed by the programma itself: a new programma has no id yet.
        var ordiniObiettivi = operativi.Values.GroupBy(o => o.Programma).ToDictionary(g => g.Key, g => g.Max(o => o.Ordine));
        foreach (var riga in importato.Operativi)
        {
            var programma = programmi[riga.Programma];
            var strategico = riga.Strategico is null ? null : strategici[riga.Strategico];
            if (!responsabili.TryGetValue(riga.ResponsabileGestionale, out var responsabile))
                db.Responsabili.Add(responsabili[riga.ResponsabileGestionale] = responsabile = new Responsabile(riga.ResponsabileGestionale));
            var testi = new ObiettivoOperativoTesti(riga.DescrizioneSintetica, riga.Gap, riga.Stakeholder, riga.SettoriCoinvolti);
            if (!operativi.TryGetValue(riga.Codice, out var obiettivo))
            {
                var ordine = ordiniObiettivi.GetValueOrDefault(programma) + 1;
                ordiniObiettivi[programma] = ordine;
                obiettivo = new ObiettivoOperativo(riga.Codice, riga.Nome, programma, strategico, riga.ResponsabilePolitico,
                    responsabile, testi, ordine);
                obiettivo.SetDefinizione(anno, riga.Definizione);
                db.ObiettiviOperativi.Add(operativi[riga.Codice] = obiettivo);
                continue;
            }
            if (obiettivo.Ritirato) obiettivo.Ripristina();
            if (obiettivo.Programma.Codice != riga.Programma) obiettivo.Sposta(programma);
            if (obiettivo.Nome != riga.Nome || obiettivo.ObiettivoStrategico?.Codice != riga.Strategico
                || obiettivo.ResponsabilePolitico != riga.ResponsabilePolitico)
                obiettivo.Modifica(riga.Nome, strategico, riga.ResponsabilePolitico);
            if (!ReferenceEquals(obiettivo.ResponsabileGestionale, responsabile)) obiettivo.Assegna(responsabile);
            if (testi != new ObiettivoOperativoTesti(obiettivo.DescrizioneSintetica, obiettivo.Gap, obiettivo.Stakeholder, obiettivo.SettoriCoinvolti))
                obiettivo.SetTesti(testi);
            if (obiettivo.Definizioni.Find(d => d.Anno == anno)?.Testo != riga.Definizione) obiettivo.SetDefinizione(anno, riga.Definizione);
        }
        foreach (var obiettivo in operativi.Values.Where(o => ritiri.Contains(("Obiettivo operativo", o.Codice)))) obiettivo.Ritira();

        foreach (var riga in importato.Indicatori)
        {
            var obiettivo = operativi[riga.Obiettivo];
            var testi = new IndicatoreTesti(riga.Finalita, riga.Formula, riga.Note);
            var indicatore = riga.Numero is { } n ? obiettivo.Indicatori.Single(i => i.Ordine == n) : null;
            if (indicatore is null)
            {
                indicatore = obiettivo.AddIndicatore(riga.Nome, riga.PrimoAnno, riga.UltimoAnno);
                indicatore.SetTesti(testi);
                indicatore.SetTarget(riga.Target);
                continue;
            }
            if (indicatore.Ritirato) indicatore.Ripristina();
            if (indicatore.Nome != riga.Nome || indicatore.PrimoAnno != riga.PrimoAnno || indicatore.UltimoAnno != riga.UltimoAnno)
                indicatore.Modifica(riga.Nome, riga.PrimoAnno, riga.UltimoAnno);
            if (testi != new IndicatoreTesti(indicatore.Finalita, indicatore.Formula, indicatore.Note)) indicatore.SetTesti(testi);
            if (indicatore.Target != riga.Target) indicatore.SetTarget(riga.Target);
        }
        foreach (var obiettivo in operativi.Values)
        {
            foreach (var indicatore in obiettivo.Indicatori.Where(i => ritiri.Contains(("Indicatore", RigaIndicatore.ChiaveDi(obiettivo.Codice, i.Ordine)))))
                indicatore.Ritira(time.GetUtcNow().UtcDateTime);
        }
    }
}

public sealed record EsitoApplicazione(EsitoApplicazione.Tipo Esito, string? Messaggio)
{
    public enum Tipo
    {
        Applicato,
        NonTrovato,
        GiaApplicato,
        PianoCambiato,
        NonValido,
        Errore,
    }
}
