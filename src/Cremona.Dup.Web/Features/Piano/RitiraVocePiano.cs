using System.Globalization;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>
/// Retires, restores or deletes one plan item. Retiring keeps every value, text and round; deleting is allowed only
/// for what has never been in a round and has no values (<see cref="EliminabileAsync"/>), anything else is refused.
/// </summary>
public sealed class RitiraVocePiano(AppDbContext db, TimeProvider time)
{
    public async Task<EsitoPiano> RitiraAsync(Voce voce, string chiave, Guid version, bool ritira, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chiave);
        var (entity, etichetta, url) = await TrovaAsync(voce, chiave, ct);
        if (entity is null) return EsitoPiano.NonTrovato;
        switch (entity)
        {
            case Programma p: if (ritira) p.Ritira(); else p.Ripristina(); break;
            case ObiettivoStrategico s: if (ritira) s.Ritira(); else s.Ripristina(); break;
            case ObiettivoOperativo o: if (ritira) o.Ritira(); else o.Ripristina(); break;
            case Indicatore i: if (ritira) i.Ritira(time.GetUtcNow().UtcDateTime); else i.Ripristina(); break;
        }
        db.Entry(entity).Property(nameof(Programma.Version)).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EsitoPiano.Rifiutato(
                $"Qualcun altro ha modificato {etichetta} nel frattempo: nulla è cambiato. Controllare la pagina e riprovare.");
        }
        return EsitoPiano.Salvato(ritira
            ? $"{Maiuscola(etichetta)} ritirato: non compare più nel piano né nelle nuove rilevazioni; valori, testi e rilevazioni passate restano."
            : $"{Maiuscola(etichetta)} ripristinato nel piano.", url);
    }

    public async Task<EsitoPiano> EliminaAsync(Voce voce, string chiave, Guid version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chiave);
        var (entity, etichetta, _) = await TrovaAsync(voce, chiave, ct);
        if (entity is null) return EsitoPiano.NonTrovato;
        if (await MotivoNonEliminabileAsync(voce, entity, ct) is { } motivo)
            return EsitoPiano.Rifiutato($"{Maiuscola(etichetta)} non si può eliminare: {motivo}. Si può invece ritirarlo: la storia resta.");
        if (entity is ObiettivoOperativo obiettivo)
            await db.Entry(obiettivo).Collection(o => o.Indicatori).LoadAsync(ct);
        db.Entry(entity).Property(nameof(Programma.Version)).OriginalValue = version;
        db.Remove(entity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EsitoPiano.Rifiutato($"Qualcun altro ha modificato {etichetta} nel frattempo: nulla è stato eliminato.");
        }
        var url = entity is Indicatore i ? PianoUrl.Obiettivo(i.Obiettivo.Codice) : PianoUrl.Elenco;
        return EsitoPiano.Salvato($"{Maiuscola(etichetta)} eliminato.", url);
    }

    /// <summary>Whether the item may be deleted: never in a round, no values, nothing under it.</summary>
    public async Task<bool> EliminabileAsync(Voce voce, string chiave, CancellationToken ct)
    {
        var (entity, _, _) = await TrovaAsync(voce, chiave, ct);
        return entity is not null && await MotivoNonEliminabileAsync(voce, entity, ct) is null;
    }

    private async Task<string?> MotivoNonEliminabileAsync(Voce voce, object entity, CancellationToken ct)
    {
        switch (voce)
        {
            case Voce.Programma:
                var pid = ((Programma)entity).Id;
                return await db.ObiettiviOperativi.AnyAsync(o => o.ProgrammaId == pid, ct) ? "contiene obiettivi operativi" : null;
            case Voce.Strategico:
                var sid = ((ObiettivoStrategico)entity).Id;
                return await db.ObiettiviOperativi.AnyAsync(o => o.ObiettivoStrategicoId == sid, ct)
                    ? "è collegato a obiettivi operativi" : null;
            case Voce.Obiettivo:
                var oid = ((ObiettivoOperativo)entity).Id;
                if (await db.RilevazioniObiettivi.AnyAsync(r => r.ObiettivoOperativoId == oid, ct)) return "è stato incluso in una rilevazione";
                return await db.IndicatoriValori.AnyAsync(v => db.Indicatori.Any(i => i.Id == v.IndicatoreId && i.ObiettivoOperativoId == oid), ct)
                    ? "i suoi indicatori hanno valori" : null;
            default:
                var iid = ((Indicatore)entity).Id;
                if (await db.ValoriRilevazioni.AnyAsync(v => v.IndicatoreId == iid, ct)) return "ha valori in una rilevazione";
                return await db.IndicatoriValori.AnyAsync(v => v.IndicatoreId == iid, ct) ? "ha valori" : null;
        }
    }

    private async Task<(object? Entity, string Etichetta, string Url)> TrovaAsync(Voce voce, string chiave, CancellationToken ct)
    {
        switch (voce)
        {
            case Voce.Programma:
                var p = await db.Programmi.SingleOrDefaultAsync(x => x.Codice == chiave, ct);
                return (p, $"il programma {chiave}", PianoUrl.Programma(chiave));
            case Voce.Strategico:
                var s = await db.ObiettiviStrategici.SingleOrDefaultAsync(x => x.Codice == chiave, ct);
                return (s, $"l'obiettivo strategico {chiave}", PianoUrl.Strategico(chiave));
            case Voce.Obiettivo:
                var o = await db.ObiettiviOperativi.SingleOrDefaultAsync(x => x.Codice == chiave, ct);
                return (o, $"l'obiettivo operativo {chiave}", PianoUrl.Obiettivo(chiave));
            default:
                if (!int.TryParse(chiave, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return (null, "", "");
                var i = await db.Indicatori.Include(x => x.Obiettivo).SingleOrDefaultAsync(x => x.Id == id, ct);
                return (i, i is null ? "" : $"l'indicatore «{i.Nome}»", PianoUrl.Indicatore(id));
        }
    }

    private static string Maiuscola(string testo) =>
        testo.Length == 0 ? testo : char.ToUpper(testo[0], CultureInfo.GetCultureInfo("it-IT")) + testo[1..];
}
