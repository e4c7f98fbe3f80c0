using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Excel;
using Cremona.Dup.Web.Infrastructure.Text;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>Controllo di gestione's indicator explorer, its summary per missione, the indicator page and the exports.</summary>
[Route("indicatori")]
public sealed class IndicatoriController(IndicatoriQueries queries, TimeProvider time) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] IndicatoriFiltro filtro, CancellationToken ct) =>
        View(new IndicatoriPagina(filtro, await queries.ElencoAsync(User, filtro, ct)));

    [HttpGet("/indicatori.xlsx")]
    public async Task<IActionResult> Excel([FromQuery] IndicatoriFiltro filtro, CancellationToken ct)
    {
        var tabella = IndicatoriExport.Tabella(await queries.ElencoAsync(User, filtro, ct), filtro, User, time);
        var stream = new MemoryStream();
        await IndicatoriWorkbook.WriteAsync(stream, tabella, ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", IndicatoriExport.NomeFile(time, "xlsx"));
    }

    [HttpGet("/indicatori.csv")]
    public async Task<IActionResult> Csv([FromQuery] IndicatoriFiltro filtro, CancellationToken ct)
    {
        var tabella = IndicatoriExport.Tabella(await queries.ElencoAsync(User, filtro, ct), filtro, User, time);
        var stream = new MemoryStream();
        await CsvItaliano.WriteAsync(stream, tabella, ct);
        stream.Position = 0;
        return File(stream, "text/csv; charset=utf-8", IndicatoriExport.NomeFile(time, "csv"));
    }

    [HttpGet("missioni")]
    public async Task<IActionResult> Missioni([FromQuery] IndicatoriFiltro filtro, CancellationToken ct) =>
        View(await queries.RiepilogoAsync(User, filtro, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Dettaglio(int id, CancellationToken ct)
    {
        var indicatore = await queries.DettaglioAsync(User, id, ct);
        if (indicatore is null) return NotFound();
        var input = new MisuraIndicatoreInput
        {
            Direzione = indicatore.Direzione,
            Unita = indicatore.Unita,
            SogliaRaggiunto = NumeroItaliano.Format(indicatore.SogliaRaggiunto),
            SogliaParziale = NumeroItaliano.Format(indicatore.SogliaParziale),
            Version = indicatore.Version,
        };
        return View(new IndicatorePagina(indicatore, input, User.IsInRole(Roles.ControlloGestione)));
    }

    [HttpPost("{id:int}")]
    [Authorize(Roles = Roles.ControlloGestione)]
    public async Task<IActionResult> Dettaglio(int id, MisuraIndicatoreInput input, [FromServices] ImpostaMisuraIndicatore imposta,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(imposta);
        if (ModelState.IsValid)
        {
            var result = await imposta.HandleAsync(User, id, input, ct);
            switch (result.Esito)
            {
                case EsitoImpostazione.NonTrovato:
                    return NotFound();
                case EsitoImpostazione.NonAutorizzato:
                    return Forbid();
                case EsitoImpostazione.Salvato:
                    TempData[Alerts.Success] = "Impostazioni dell'indicatore salvate.";
                    return RedirectToAction(nameof(Dettaglio), new { id });
                case EsitoImpostazione.DatiNonValidi:
                    foreach (var (key, message) in result.Errori!) ModelState.AddModelError(key, message);
                    break;
            }
        }

        var indicatore = await queries.DettaglioAsync(User, id, ct);
        if (indicatore is null) return NotFound();
        if (ModelState.IsValid) // the save met a newer version
        {
            ModelState.AddModelError("",
                "Qualcun altro ha modificato l'indicatore mentre lo modificavi: le tue modifiche non sono state salvate. " +
                $"Ora risultano salvati: {Descrivi(indicatore)}. Nel modulo trovi i valori che hai scritto: se salvi di nuovo, sostituiranno gli altri.");
            input.Version = indicatore.Version;
            ModelState.Remove(nameof(MisuraIndicatoreInput.Version));
        }
        return View(new IndicatorePagina(indicatore, input, PuoModificare: true));
    }

    [HttpGet("impostazioni")]
    [Authorize(Roles = Roles.ControlloGestione + "," + Roles.Amministratore)]
    public async Task<IActionResult> Impostazioni(CancellationToken ct)
    {
        var (soglie, version) = await queries.ImpostazioniAsync(ct);
        var input = new SogliePredefiniteInput
        {
            SogliaRaggiunto = NumeroItaliano.Format(soglie.Raggiunto),
            SogliaParziale = NumeroItaliano.Format(soglie.Parziale),
            Version = version,
        };
        return View(new ImpostazioniPagina(input, soglie));
    }

    [HttpPost("impostazioni")]
    [Authorize(Roles = Roles.ControlloGestione + "," + Roles.Amministratore)]
    public async Task<IActionResult> Impostazioni(SogliePredefiniteInput input, [FromServices] ImpostaSogliePredefinite imposta,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(imposta);
        if (ModelState.IsValid)
        {
            var result = await imposta.HandleAsync(User, input, ct);
            switch (result.Esito)
            {
                case EsitoImpostazione.NonAutorizzato:
                    return Forbid();
                case EsitoImpostazione.Salvato:
                    TempData[Alerts.Success] = "Soglie predefinite salvate: valgono per ogni indicatore senza soglie proprie.";
                    return RedirectToAction(nameof(Impostazioni));
                case EsitoImpostazione.DatiNonValidi:
                    foreach (var (key, message) in result.Errori!) ModelState.AddModelError(key, message);
                    break;
            }
        }

        var (soglie, version) = await queries.ImpostazioniAsync(ct);
        if (ModelState.IsValid)
        {
            ModelState.AddModelError("",
                "Qualcun altro ha modificato le soglie mentre le modificavi: le tue modifiche non sono state salvate. " +
                $"Ora risultano salvate: raggiunto da {NumeroItaliano.Format(soglie.Raggiunto)}%, parziale da {NumeroItaliano.Format(soglie.Parziale)}%. " +
                "Nel modulo trovi i valori che hai scritto: se salvi di nuovo, sostituiranno gli altri.");
            input.Version = version;
            ModelState.Remove(nameof(SogliePredefiniteInput.Version));
        }
        return View(new ImpostazioniPagina(input, soglie));
    }

    private static string Descrivi(IndicatoreViewModel i) =>
        $"direzione «{Esiti.Direzione(i.Direzione).ToLowerInvariant()}», unità «{i.Unita ?? "nessuna"}», " +
        (i.HaSoglieProprie
            ? $"soglie {NumeroItaliano.Format(i.SogliaRaggiunto)}% e {NumeroItaliano.Format(i.SogliaParziale)}%"
            : "soglie predefinite");
}
