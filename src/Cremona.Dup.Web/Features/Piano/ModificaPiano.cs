using System.Globalization;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>
/// Segreteria edits and creates the plan's items: load, check every field (all errors at once, in Italian), apply
/// through the domain, save once with the version the form started from. The audit interceptor records each change.
/// Nothing is saved when a field is wrong.
/// </summary>
public sealed class ModificaPiano(AppDbContext db, TimeProvider time)
{
    public async Task<EsitoPiano> MissioneAsync(int numero, MissioneInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var missione = await db.Missioni.SingleOrDefaultAsync(m => m.Numero == numero, ct);
        if (missione is null) return EsitoPiano.NonTrovato;
        var errori = new ErroriPiano();
        errori.Prova(() => missione.Rinomina(input.Nome!), _ => nameof(input.Nome));
        if (errori.Presenti) return EsitoPiano.NonValido(errori.Tutti);
        db.Entry(missione).Property(m => m.Version).OriginalValue = input.Version;
        return await SalvaAsync($"Missione {numero} salvata.", PianoUrl.Elenco, ct);
    }

    public async Task<EsitoPiano> ProgrammaAsync(string codice, ProgrammaInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var programma = await db.Programmi.SingleOrDefaultAsync(p => p.Codice == codice, ct);
        if (programma is null) return EsitoPiano.NonTrovato;
        var errori = new ErroriPiano();
        errori.Prova(() => programma.Modifica(input.Nome!, input.Responsabili), CampoProgramma);
        programma.SetTesti(Testi(input));
        if (errori.Presenti) return EsitoPiano.NonValido(errori.Tutti);
        db.Entry(programma).Property(p => p.Version).OriginalValue = input.Version;
        return await SalvaAsync($"Programma {programma.Codice} salvato.", PianoUrl.Elenco, ct);
    }

    public async Task<EsitoPiano> NuovoProgrammaAsync(int numero, ProgrammaInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var missione = await db.Missioni.SingleOrDefaultAsync(m => m.Numero == numero, ct);
        if (missione is null) return EsitoPiano.NonTrovato;
        var errori = new ErroriPiano();
        var nome = errori.Prova(nameof(input.Nome), () => Nomi.Verifica(input.Nome, "del programma"));
        var codice = await CodiceNuovoAsync(errori, input.Codice, "programma", Codici.Programma,
            c => db.Programmi.AnyAsync(p => p.Codice == c, ct));
        if (codice is not null && !codice.StartsWith($"{missione.Numero}.", StringComparison.Ordinal))
            errori.Aggiungi(nameof(input.Codice),
                $"Il programma {codice} non appartiene alla missione {missione.Numero}: il codice deve iniziare con «{missione.Numero}.».");
        if (Texts.Clean(input.Responsabili)?.Length > TextLimits.Persone)
            errori.Aggiungi(nameof(input.Responsabili), $"I responsabili possono contenere al massimo {TextLimits.Persone} caratteri.");
        if (errori.Presenti || nome is null || codice is null) return EsitoPiano.NonValido(errori.Tutti);

        var ordine = await db.Programmi.MaxAsync(p => (int?)p.Ordine, ct) ?? 0;
        var programma = new Programma(missione, codice, nome, Texts.Clean(input.Responsabili), Testi(input), ordine + 1);
        db.Programmi.Add(programma);
        return await SalvaNuovoAsync($"Programma {codice} creato.", PianoUrl.Programma(codice), nameof(input.Codice),
            $"Esiste già un programma con codice {codice}.", ct);
    }

    public async Task<EsitoPiano> StrategicoAsync(string codice, StrategicoInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var strategico = await db.ObiettiviStrategici.SingleOrDefaultAsync(s => s.Codice == codice, ct);
        if (strategico is null) return EsitoPiano.NonTrovato;
        var errori = new ErroriPiano();
        errori.Prova(() => strategico.Rinomina(input.Nome!), _ => nameof(input.Nome));
        if (errori.Presenti) return EsitoPiano.NonValido(errori.Tutti);
        db.Entry(strategico).Property(s => s.Version).OriginalValue = input.Version;
        return await SalvaAsync($"Obiettivo strategico {strategico.Codice} salvato.", PianoUrl.Elenco, ct);
    }

    public async Task<EsitoPiano> NuovoStrategicoAsync(StrategicoInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errori = new ErroriPiano();
        var nome = errori.Prova(nameof(input.Nome), () => Nomi.Verifica(input.Nome, "dell'obiettivo strategico"));
        var codice = await CodiceNuovoAsync(errori, input.Codice, "obiettivo strategico", Codici.ObiettivoStrategico,
            c => db.ObiettiviStrategici.AnyAsync(s => s.Codice == c, ct));
        if (errori.Presenti || nome is null || codice is null) return EsitoPiano.NonValido(errori.Tutti);
        db.ObiettiviStrategici.Add(new ObiettivoStrategico(codice, nome));
        return await SalvaNuovoAsync($"Obiettivo strategico {codice} creato.", PianoUrl.Elenco, nameof(input.Codice),
            $"Esiste già un obiettivo strategico con codice {codice}.", ct);
    }

    public async Task<EsitoPiano> ObiettivoAsync(string codice, ObiettivoInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var obiettivo = await db.ObiettiviOperativi.Include(o => o.Definizioni).Include(o => o.Programma)
            .SingleOrDefaultAsync(o => o.Codice == codice, ct);
        if (obiettivo is null) return EsitoPiano.NonTrovato;
        var errori = new ErroriPiano();
        var (programma, strategico, responsabile) = await RiferimentiAsync(input, errori, ct);
        var anno = await db.AnnoCorrenteAsync(time, ct);

        if (programma is not null) errori.Prova(() => obiettivo.Sposta(programma), _ => nameof(input.Programma));
        errori.Prova(() => obiettivo.Modifica(input.Nome!, strategico, input.ResponsabilePolitico), CampoObiettivo);
        if (responsabile is not null) obiettivo.Assegna(responsabile);
        obiettivo.SetTesti(TestiObiettivo(input));
        errori.Prova(() => obiettivo.SetDefinizione(anno, input.Definizione), _ => nameof(input.Definizione));
        if (errori.Presenti) return EsitoPiano.NonValido(errori.Tutti);
        db.Entry(obiettivo).Property(o => o.Version).OriginalValue = input.Version;
        return await SalvaAsync($"Obiettivo operativo {obiettivo.Codice} salvato.", PianoUrl.Elenco, ct);
    }

    public async Task<EsitoPiano> NuovoObiettivoAsync(string programmaCodice, ObiettivoInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await db.Programmi.AnyAsync(p => p.Codice == programmaCodice, ct)) return EsitoPiano.NonTrovato;
        var errori = new ErroriPiano();
        var nome = errori.Prova(nameof(input.Nome), () => Nomi.Verifica(input.Nome, "dell'obiettivo operativo"));
        var codice = await CodiceNuovoAsync(errori, input.Codice, "obiettivo operativo", Codici.ObiettivoOperativo,
            c => db.ObiettiviOperativi.AnyAsync(o => o.Codice == c, ct));
        input.Programma ??= programmaCodice;
        var (programma, strategico, responsabile) = await RiferimentiAsync(input, errori, ct);
        if (programma is { Ritirato: true })
            errori.Aggiungi(nameof(input.Programma), $"Il programma {programma.Codice} è ritirato: scegliere un programma del piano.");
        if (strategico is { Ritirato: true })
            errori.Aggiungi(nameof(input.Strategico), $"L'obiettivo strategico {strategico.Codice} è ritirato: sceglierne uno del piano.");
        if (Texts.Clean(input.ResponsabilePolitico)?.Length > TextLimits.Persone)
            errori.Aggiungi(nameof(input.ResponsabilePolitico), $"Il responsabile politico può contenere al massimo {TextLimits.Persone} caratteri.");
        if (errori.Presenti || nome is null || codice is null || programma is null || responsabile is null)
            return EsitoPiano.NonValido(errori.Tutti);

        var ordine = await db.ObiettiviOperativi.Where(o => o.ProgrammaId == programma.Id).MaxAsync(o => (int?)o.Ordine, ct) ?? 0;
        var obiettivo = new ObiettivoOperativo(codice, nome, programma, strategico, input.ResponsabilePolitico, responsabile,
            TestiObiettivo(input), ordine + 1);
        obiettivo.SetDefinizione(await db.AnnoCorrenteAsync(time, ct), input.Definizione);
        db.ObiettiviOperativi.Add(obiettivo);
        return await SalvaNuovoAsync($"Obiettivo operativo {codice} creato: ora si possono aggiungere i suoi indicatori.",
            PianoUrl.Obiettivo(codice), nameof(input.Codice), $"Esiste già un obiettivo operativo con codice {codice}.", ct);
    }

    public async Task<EsitoPiano> IndicatoreAsync(int id, IndicatoreInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var indicatore = await db.Indicatori.Include(i => i.Valori).Include(i => i.Obiettivo)
            .SingleOrDefaultAsync(i => i.Id == id, ct);
        if (indicatore is null) return EsitoPiano.NonTrovato;
        var errori = new ErroriPiano();
        var (target, primo, ultimo) = LeggiNumeri(input, errori);
        if (primo is { } p && ultimo is { } u)
            errori.Prova(() => indicatore.Modifica(input.Nome!, p, u), CampoIndicatore);
        else
            errori.Prova(nameof(input.Nome), () => Nomi.Verifica(input.Nome, "dell'indicatore"));
        if (errori.Presenti) return EsitoPiano.NonValido(errori.Tutti);
        indicatore.SetTesti(new IndicatoreTesti(input.Finalita, input.Formula, input.Note));
        indicatore.SetTarget(target);
        db.Entry(indicatore).Property(i => i.Version).OriginalValue = input.Version;
        return await SalvaAsync($"Indicatore «{indicatore.Nome}» salvato.", PianoUrl.Obiettivo(indicatore.Obiettivo.Codice), ct);
    }

    public async Task<EsitoPiano> NuovoIndicatoreAsync(string obiettivoCodice, IndicatoreInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var obiettivo = await db.ObiettiviOperativi.Include(o => o.Indicatori)
            .SingleOrDefaultAsync(o => o.Codice == obiettivoCodice, ct);
        if (obiettivo is null) return EsitoPiano.NonTrovato;
        var errori = new ErroriPiano();
        var nome = errori.Prova(nameof(input.Nome), () => Nomi.Verifica(input.Nome, "dell'indicatore"));
        var (target, primo, ultimo) = LeggiNumeri(input, errori);
        if (primo is { } p && ultimo is { } u && u < p)
            errori.Aggiungi(nameof(input.UltimoAnno), "L'ultimo anno del periodo non può precedere il primo.");
        if (errori.Presenti || nome is null || primo is null || ultimo is null) return EsitoPiano.NonValido(errori.Tutti);

        var indicatore = obiettivo.AddIndicatore(nome, primo.Value, ultimo.Value);
        indicatore.SetTesti(new IndicatoreTesti(input.Finalita, input.Formula, input.Note));
        indicatore.SetTarget(target);
        return await SalvaAsync($"Indicatore «{nome}» aggiunto all'obiettivo {obiettivo.Codice}.", PianoUrl.Obiettivo(obiettivo.Codice), ct);
    }

    private async Task<EsitoPiano> SalvaAsync(string messaggio, string url, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EsitoPiano.Conflitto;
        }
        return EsitoPiano.Salvato(messaggio, url);
    }

    /// <summary>Saves a new item; the unique index refuses a code someone else created between the check and the save.</summary>
    private async Task<EsitoPiano> SalvaNuovoAsync(string messaggio, string url, string campoCodice, string duplicato,
        CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return EsitoPiano.NonValido(new Dictionary<string, string>(StringComparer.Ordinal) { [campoCodice] = duplicato });
        }
        return EsitoPiano.Salvato(messaggio, url);
    }

    private static async Task<string?> CodiceNuovoAsync(ErroriPiano errori, string? typed, string cosa,
        Func<string, string> normalizza, Func<string, Task<bool>> esiste)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            errori.Aggiungi(nameof(ProgrammaInput.Codice), $"Indicare il codice del nuovo {cosa}.");
            return null;
        }
        var codice = errori.Prova(nameof(ProgrammaInput.Codice), () => normalizza(typed));
        if (codice is null) return null;
        if (await esiste(codice))
        {
            errori.Aggiungi(nameof(ProgrammaInput.Codice), $"Esiste già un {cosa} con codice {codice}: ogni codice identifica una sola voce del piano.");
            return null;
        }
        return codice;
    }

    /// <summary>The programma, obiettivo strategico and responsabile the form names; an error for each unknown one.</summary>
    private async Task<(Programma?, ObiettivoStrategico?, Responsabile?)> RiferimentiAsync(ObiettivoInput input, ErroriPiano errori,
        CancellationToken ct)
    {
        Programma? programma = null;
        var codiceProgramma = input.Programma?.Trim();
        if (string.IsNullOrEmpty(codiceProgramma))
            errori.Aggiungi(nameof(input.Programma), "Scegliere il programma dell'obiettivo.");
        else if ((programma = await db.Programmi.SingleOrDefaultAsync(p => p.Codice == codiceProgramma, ct)) is null)
            errori.Aggiungi(nameof(input.Programma), $"Il programma {codiceProgramma} non esiste.");

        ObiettivoStrategico? strategico = null;
        var codiceStrategico = input.Strategico?.Trim();
        if (!string.IsNullOrEmpty(codiceStrategico)
            && (strategico = await db.ObiettiviStrategici.SingleOrDefaultAsync(s => s.Codice == codiceStrategico, ct)) is null)
            errori.Aggiungi(nameof(input.Strategico), $"L'obiettivo strategico {codiceStrategico} non esiste.");

        Responsabile? responsabile = null;
        if (input.ResponsabileGestionale is not { } rid)
            errori.Aggiungi(nameof(input.ResponsabileGestionale), "Scegliere il responsabile gestionale.");
        else if ((responsabile = await db.Responsabili.SingleOrDefaultAsync(r => r.Id == rid, ct)) is null)
            errori.Aggiungi(nameof(input.ResponsabileGestionale), "Il responsabile scelto non esiste più: ricaricare la pagina.");
        return (programma, strategico, responsabile);
    }

    private static (decimal? Target, int? Primo, int? Ultimo) LeggiNumeri(IndicatoreInput input, ErroriPiano errori)
    {
        if (!NumeroItaliano.TryParse(input.Target, out var target, out var errore))
            errori.Aggiungi(nameof(input.Target), "Target: " + errore);
        return (target, Anno(input.PrimoAnno, nameof(input.PrimoAnno), "Il primo anno", errori),
            Anno(input.UltimoAnno, nameof(input.UltimoAnno), "L'ultimo anno", errori));
    }

    private static int? Anno(string? typed, string campo, string etichetta, ErroriPiano errori)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            errori.Aggiungi(campo, $"{etichetta} del periodo è obbligatorio.");
            return null;
        }
        if (!int.TryParse(typed.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var anno) || anno is < Anni.Min or > Anni.Max)
        {
            errori.Aggiungi(campo, $"{etichetta} deve essere un anno tra {Anni.Min} e {Anni.Max} (ad esempio 2019).");
            return null;
        }
        return anno;
    }

    private static ProgrammaTesti Testi(ProgrammaInput input) =>
        new(input.Descrizione, input.MotivazioneScelte, input.FinalitaDaConseguire, input.RisorseUmane, input.RisorseStrumentali);

    private static ObiettivoOperativoTesti TestiObiettivo(ObiettivoInput input) =>
        new(input.DescrizioneSintetica, input.Gap, input.Stakeholder, input.SettoriCoinvolti);

    private static string CampoProgramma(string? param) =>
        param == "responsabili" ? nameof(ProgrammaInput.Responsabili) : nameof(ProgrammaInput.Nome);

    private static string CampoObiettivo(string? param) => param switch
    {
        "strategico" => nameof(ObiettivoInput.Strategico),
        "responsabilePolitico" => nameof(ObiettivoInput.ResponsabilePolitico),
        _ => nameof(ObiettivoInput.Nome),
    };

    private static string CampoIndicatore(string? param) => param switch
    {
        "primoAnno" => nameof(IndicatoreInput.PrimoAnno),
        "ultimoAnno" => nameof(IndicatoreInput.UltimoAnno),
        _ => nameof(IndicatoreInput.Nome),
    };
}
