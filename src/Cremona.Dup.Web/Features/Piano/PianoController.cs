using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>
/// Segreteria Generale edits the plan: missioni, programmi, obiettivi strategici and operativi, indicators; retires,
/// restores or (without history) deletes them; creates the plan of the next year. Forms carry the version they were
/// read at: a stale save is refused with the user's input back and the saved values shown.
/// </summary>
[Route("piano")]
[Authorize(Policy = Policies.Segreteria)]
public sealed class PianoController(GestionePianoQueries queries, ModificaPiano modifica) : Controller
{
    private const string MessaggioConflitto =
        "Qualcun altro ha salvato questa voce mentre la modificavi: le tue modifiche non sono state salvate. " +
        "Qui sotto trovi i valori salvati dall'altra persona e, nel modulo, quelli che hai scritto: se salvi di nuovo, sostituiranno gli altri.";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] bool ritirati, CancellationToken ct) =>
        View(await queries.ElencoAsync(ritirati, ct));

    [HttpGet("missioni/{numero:int}")]
    public async Task<IActionResult> Missione([FromRoute] int numero, CancellationToken ct) =>
        await queries.MissioneAsync(numero, null, false, ct) is { } pagina ? View(pagina) : NotFound();

    [HttpPost("missioni/{numero:int}")]
    public async Task<IActionResult> Missione([FromRoute] int numero, MissioneInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var esito = ModelState.IsValid ? await modifica.MissioneAsync(numero, input, ct) : null;
        if (Esito(esito) is { } fine) return fine;
        var pagina = await queries.MissioneAsync(numero, input, esito?.Tipo == EsitoPiano.Tipi.Conflitto, ct);
        if (pagina is null) return NotFound();
        if (pagina.Conflitto) input.Version = pagina.VersionSalvata;
        return View(pagina);
    }

    [HttpGet("missioni/{numero:int}/programmi/nuovo")]
    public async Task<IActionResult> NuovoProgramma([FromRoute] int numero, CancellationToken ct) =>
        await queries.MissioneDatiAsync(numero, ct) is { } m
            ? View("Programma", new ProgrammaPagina(m.Numero, m.Nome, null, new ProgrammaInput { Codice = $"{m.Numero}." }, false, false))
            : NotFound();

    [HttpPost("missioni/{numero:int}/programmi/nuovo")]
    public async Task<IActionResult> NuovoProgramma([FromRoute] int numero, ProgrammaInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var esito = ModelState.IsValid ? await modifica.NuovoProgrammaAsync(numero, input, ct) : null;
        if (Esito(esito) is { } fine) return fine;
        return await queries.MissioneDatiAsync(numero, ct) is { } m
            ? View("Programma", new ProgrammaPagina(m.Numero, m.Nome, null, input, false, false))
            : NotFound();
    }

    [HttpGet("programmi/{codice}")]
    public async Task<IActionResult> Programma([FromRoute] string codice, CancellationToken ct) =>
        await queries.ProgrammaAsync(codice, null, false, ct) is { } pagina ? View(pagina) : NotFound();

    [HttpPost("programmi/{codice}")]
    public async Task<IActionResult> Programma([FromRoute] string codice, ProgrammaInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var esito = ModelState.IsValid ? await modifica.ProgrammaAsync(codice, input, ct) : null;
        if (Esito(esito) is { } fine) return fine;
        var pagina = await queries.ProgrammaAsync(codice, input, esito?.Tipo == EsitoPiano.Tipi.Conflitto, ct);
        if (pagina is null) return NotFound();
        if (pagina.Conflitto) input.Version = pagina.Salvato!.Version;
        return View(pagina);
    }

    [HttpGet("strategici/nuovo")]
    public IActionResult NuovoStrategico() => View("Strategico", new StrategicoPagina(null, new StrategicoInput(), false, false));

    [HttpPost("strategici/nuovo")]
    public async Task<IActionResult> NuovoStrategico(StrategicoInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var esito = ModelState.IsValid ? await modifica.NuovoStrategicoAsync(input, ct) : null;
        return Esito(esito) ?? View("Strategico", new StrategicoPagina(null, input, false, false));
    }

    [HttpGet("strategici/{codice}")]
    public async Task<IActionResult> Strategico([FromRoute] string codice, CancellationToken ct) =>
        await queries.StrategicoAsync(codice, null, false, ct) is { } pagina ? View(pagina) : NotFound();

    [HttpPost("strategici/{codice}")]
    public async Task<IActionResult> Strategico([FromRoute] string codice, StrategicoInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var esito = ModelState.IsValid ? await modifica.StrategicoAsync(codice, input, ct) : null;
        if (Esito(esito) is { } fine) return fine;
        var pagina = await queries.StrategicoAsync(codice, input, esito?.Tipo == EsitoPiano.Tipi.Conflitto, ct);
        if (pagina is null) return NotFound();
        if (pagina.Conflitto) input.Version = pagina.Salvato!.Version;
        return View(pagina);
    }

    [HttpGet("programmi/{codice}/obiettivi/nuovo")]
    public async Task<IActionResult> NuovoObiettivo([FromRoute] string codice, CancellationToken ct) =>
        await queries.NuovoObiettivoAsync(codice, null, ct) is { } pagina ? View("Obiettivo", pagina) : NotFound();

    [HttpPost("programmi/{codice}/obiettivi/nuovo")]
    public async Task<IActionResult> NuovoObiettivo([FromRoute] string codice, ObiettivoInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var esito = ModelState.IsValid ? await modifica.NuovoObiettivoAsync(codice, input, ct) : null;
        if (Esito(esito) is { } fine) return fine;
        return await queries.NuovoObiettivoAsync(codice, input, ct) is { } pagina ? View("Obiettivo", pagina) : NotFound();
    }

    [HttpGet("obiettivi/{codice}")]
    public async Task<IActionResult> Obiettivo([FromRoute] string codice, CancellationToken ct) =>
        await queries.ObiettivoAsync(codice, null, false, ct) is { } pagina ? View(pagina) : NotFound();

    [HttpPost("obiettivi/{codice}")]
    public async Task<IActionResult> Obiettivo([FromRoute] string codice, ObiettivoInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var esito = ModelState.IsValid ? await modifica.ObiettivoAsync(codice, input, ct) : null;
        if (Esito(esito) is { } fine) return fine;
        var pagina = await queries.ObiettivoAsync(codice, input, esito?.Tipo == EsitoPiano.Tipi.Conflitto, ct);
        if (pagina is null) return NotFound();
        if (pagina.Conflitto) input.Version = pagina.Salvato!.Version;
        return View(pagina);
    }

    [HttpGet("obiettivi/{codice}/indicatori/nuovo")]
    public async Task<IActionResult> NuovoIndicatore([FromRoute] string codice, CancellationToken ct) =>
        await queries.NuovoIndicatoreAsync(codice, null, ct) is { } pagina ? View("Indicatore", pagina) : NotFound();

    [HttpPost("obiettivi/{codice}/indicatori/nuovo")]
    public async Task<IActionResult> NuovoIndicatore([FromRoute] string codice, IndicatoreInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var esito = ModelState.IsValid ? await modifica.NuovoIndicatoreAsync(codice, input, ct) : null;
        if (Esito(esito) is { } fine) return fine;
        return await queries.NuovoIndicatoreAsync(codice, input, ct) is { } pagina ? View("Indicatore", pagina) : NotFound();
    }

    [HttpGet("indicatori/{id:int}")]
    public async Task<IActionResult> Indicatore([FromRoute] int id, CancellationToken ct) =>
        await queries.IndicatoreAsync(id, null, false, ct) is { } pagina ? View(pagina) : NotFound();

    [HttpPost("indicatori/{id:int}")]
    public async Task<IActionResult> Indicatore([FromRoute] int id, IndicatoreInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var esito = ModelState.IsValid ? await modifica.IndicatoreAsync(id, input, ct) : null;
        if (Esito(esito) is { } fine) return fine;
        var pagina = await queries.IndicatoreAsync(id, input, esito?.Tipo == EsitoPiano.Tipi.Conflitto, ct);
        if (pagina is null) return NotFound();
        if (pagina.Conflitto) input.Version = pagina.Salvato!.Version;
        return View(pagina);
    }

    /// <summary>The confirmation page of retiring, restoring or deleting an item.</summary>
    [HttpGet("{voce:regex(^(programmi|strategici|obiettivi|indicatori)$)}/{chiave}/{azione:regex(^(ritira|ripristina|elimina)$)}")]
    public async Task<IActionResult> Conferma([FromRoute] string voce, [FromRoute] string chiave, [FromRoute] string azione, CancellationToken ct)
    {
        var stato = await StatoAsync(voce, chiave, ct);
        if (stato is null) return NotFound();
        var (etichetta, ritirato, version, eliminabile, url) = stato.Value;
        var azioneUrl = $"/piano/{voce}/{chiave}/{azione}";
        return azione switch
        {
            "ritira" when !ritirato => View(new ConfermaViewModel($"Ritirare {etichetta}?",
                "Non comparirà più nell'elenco del piano, nei conteggi, nella ricerca né nelle nuove rilevazioni. " +
                "Valori, testi e rilevazioni passate restano come sono, e l'Allegato 6 delle rilevazioni che lo contengono non cambia. " +
                "Si potrà ripristinare in qualsiasi momento.", azioneUrl, "Ritira", url, version, Pericolo: false)),
            "ripristina" when ritirato => View(new ConfermaViewModel($"Ripristinare {etichetta}?",
                "Tornerà nel piano e sarà incluso nelle nuove rilevazioni.", azioneUrl, "Ripristina", url, version, Pericolo: false)),
            "elimina" when eliminabile => View(new ConfermaViewModel($"Eliminare {etichetta}?",
                "Non è mai stato in una rilevazione e non ha valori: sarà eliminato definitivamente.", azioneUrl, "Elimina", url, version,
                Pericolo: true)),
            _ => Redirect(url),
        };
    }

    [HttpPost("{voce:regex(^(programmi|strategici|obiettivi|indicatori)$)}/{chiave}/{azione:regex(^(ritira|ripristina|elimina)$)}")]
    public async Task<IActionResult> Conferma([FromRoute] string voce, [FromRoute] string chiave, [FromRoute] string azione, [FromForm] Guid version,
        [FromServices] RitiraVocePiano ritira, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ritira);
        var tipo = TipoDi(voce);
        var esito = azione == "elimina"
            ? await ritira.EliminaAsync(tipo, chiave, version, ct)
            : await ritira.RitiraAsync(tipo, chiave, version, azione == "ritira", ct);
        if (esito.Tipo == EsitoPiano.Tipi.NonTrovato) return NotFound();
        if (esito.Tipo == EsitoPiano.Tipi.Salvato)
        {
            TempData[Alerts.Success] = esito.Messaggio;
            return Redirect(esito.Url!);
        }
        TempData[Alerts.Error] = esito.Messaggio;
        return Redirect((await StatoAsync(voce, chiave, ct))?.Url ?? PianoUrl.Elenco);
    }

    [HttpGet("nuovo-anno")]
    public async Task<IActionResult> NuovoAnno([FromServices] CreaPianoAnnoSuccessivo crea, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(crea);
        return View(await crea.AnteprimaAsync(ct));
    }

    [HttpPost("nuovo-anno")]
    public async Task<IActionResult> NuovoAnno([FromForm] int anno, [FromServices] CreaPianoAnnoSuccessivo crea, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(crea);
        var esito = await crea.HandleAsync(anno, ct);
        if (esito.Tipo == EsitoPiano.Tipi.Salvato)
        {
            TempData[Alerts.Success] = esito.Messaggio;
            return Redirect(esito.Url!);
        }
        TempData[Alerts.Error] = esito.Messaggio;
        return Redirect(PianoUrl.NuovoAnno);
    }

    /// <summary>Saved → redirect with the message; not found → 404; refused → message on the form; otherwise null (show the form).</summary>
    private IActionResult? Esito(EsitoPiano? esito)
    {
        switch (esito?.Tipo)
        {
            case EsitoPiano.Tipi.Salvato:
                TempData[Alerts.Success] = esito.Messaggio;
                return Redirect(esito.Url!);
            case EsitoPiano.Tipi.NonTrovato:
                return NotFound();
            case EsitoPiano.Tipi.Rifiutato:
                ModelState.AddModelError("", esito.Messaggio!);
                return null;
            case EsitoPiano.Tipi.DatiNonValidi:
                foreach (var (campo, messaggio) in esito.Errori!) ModelState.AddModelError(campo, messaggio);
                return null;
            case EsitoPiano.Tipi.Conflitto:
                ModelState.AddModelError("", MessaggioConflitto);
                ModelState.Remove("Version");
                return null;
            default:
                return null;
        }
    }

    private static Voce TipoDi(string voce) => voce switch
    {
        "programmi" => Voce.Programma,
        "strategici" => Voce.Strategico,
        "obiettivi" => Voce.Obiettivo,
        _ => Voce.Indicatore,
    };

    private async Task<(string Etichetta, bool Ritirato, Guid Version, bool Eliminabile, string Url)?> StatoAsync(string voce,
        string chiave, CancellationToken ct)
    {
        switch (TipoDi(voce))
        {
            case Voce.Programma:
                return await queries.ProgrammaAsync(chiave, null, false, ct) is { Salvato: { } p } pp
                    ? ($"il programma {p.Codice}", p.Ritirato, p.Version, pp.Eliminabile, PianoUrl.Programma(p.Codice)) : null;
            case Voce.Strategico:
                return await queries.StrategicoAsync(chiave, null, false, ct) is { Salvato: { } s } sp
                    ? ($"l'obiettivo strategico {s.Codice}", s.Ritirato, s.Version, sp.Eliminabile, PianoUrl.Strategico(s.Codice)) : null;
            case Voce.Obiettivo:
                return await queries.ObiettivoAsync(chiave, null, false, ct) is { Salvato: { } o } op
                    ? ($"l'obiettivo operativo {o.Codice}", o.Ritirato, o.Version, op.Eliminabile, PianoUrl.Obiettivo(o.Codice)) : null;
            default:
                return int.TryParse(chiave, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                    && await queries.IndicatoreAsync(id, null, false, ct) is { Salvato: { } i } ip
                    ? ($"l'indicatore «{i.Nome}»", i.Ritirato, i.Version, ip.Eliminabile, PianoUrl.Indicatore(i.Id)) : null;
        }
    }
}
