using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>
/// Segreteria Generale runs the rounds: creates, edits, opens, closes and reopens them, follows completion, validates
/// or returns obiettivi, and sends reminders. Rounds are addressed by their reference date (<c>2019-12-31</c>).
/// </summary>
[Route("rilevazioni")]
[Authorize(Policy = Policies.Segreteria)]
public sealed class GestioneRilevazioniController(GestioneRilevazioniQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.ElencoAsync(ct));

    [HttpGet("nuova")]
    public IActionResult Nuova() =>
        View(new NuovaRilevazioneInput { ChiedeStatoAttuazione = true, ChiedeAzioniCorrettive = true });

    [HttpPost("nuova")]
    public async Task<IActionResult> Nuova(NuovaRilevazioneInput input, [FromServices] CreaRilevazione crea, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errori = ModelState.IsValid ? await crea.HandleAsync(input, ct) : await crea.VerificaAsync(input, ct);
        if (ModelState.IsValid && errori.Count == 0)
        {
            TempData[Alerts.Success] = $"Rilevazione «{input.Titolo!.Trim()}» creata: è in preparazione. " +
                "Controlla i dati e aprila quando i responsabili possono compilare.";
            return Redirect(DataRilevazione.Url(input.Data!.Value));
        }
        AddErrors(errori);
        return View(input);
    }

    [HttpGet("{data}")]
    public async Task<IActionResult> Dashboard(string data, [FromQuery] DashboardFiltri filtri, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var model = await queries.DashboardAsync(date, filtri, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{data}/modifica")]
    public async Task<IActionResult> Modifica(string data, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var rilevazione = await queries.IntestazioneAsync(date, ct);
        if (rilevazione is null) return NotFound();
        if (rilevazione.Stato == StatoRilevazione.Chiusa)
        {
            TempData[Alerts.Error] = "Una rilevazione chiusa non è modificabile: riaprirla prima di cambiarla.";
            return Redirect(rilevazione.Url);
        }
        return View(new ModificaRilevazioneViewModel(rilevazione, new ModificaRilevazioneInput
        {
            Titolo = rilevazione.Titolo,
            Scadenza = rilevazione.Scadenza,
            AnnoConsuntivo = rilevazione.AnnoConsuntivo,
            ChiedeStatoAttuazione = rilevazione.ChiedeStatoAttuazione,
            ChiedeAzioniCorrettive = rilevazione.ChiedeAzioniCorrettive,
            Version = rilevazione.Version,
        }, Conflitto: false));
    }

    [HttpPost("{data}/modifica")]
    public async Task<IActionResult> Modifica(string data, ModificaRilevazioneInput input,
        [FromServices] ModificaRilevazione modifica, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var conflitto = false;
        if (ModelState.IsValid)
        {
            var esito = await modifica.HandleAsync(date, input, ct);
            if (esito.Tipo == EsitoTipo.NonTrovato) return NotFound();
            if (esito.Tipo == EsitoTipo.Fatto)
            {
                TempData[Alerts.Success] = esito.Messaggio;
                return Redirect(DataRilevazione.Url(date));
            }
            conflitto = esito.Tipo == EsitoTipo.Conflitto;
            if (conflitto) ModelState.AddModelError("", esito.Messaggio!);
            else AddErrors(esito.Errori);
        }
        var attuale = await queries.IntestazioneAsync(date, ct);
        if (attuale is null) return NotFound();
        return View(new ModificaRilevazioneViewModel(attuale, input, conflitto));
    }

    [HttpPost("{data}/apri")]
    public async Task<IActionResult> Apri(string data, [FromServices] ApriRilevazione apri, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        return AfterRoundAction(await apri.HandleAsync(date, ct), date);
    }

    [HttpGet("{data}/chiudi")]
    public async Task<IActionResult> Chiudi(string data, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var model = await ChiudiModelAsync(date, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{data}/chiudi")]
    public async Task<IActionResult> Chiudi(string data, ChiudiInput input, [FromServices] ChiudiRilevazione chiudi,
        CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var esito = await chiudi.HandleAsync(date, input, ct);
        if (esito.Tipo != EsitoTipo.Rifiutato || esito.Errori?.Any(e => e.Campo == nameof(ChiudiInput.Conferma)) != true)
            return AfterRoundAction(esito, date);
        AddErrors(esito.Errori);
        var model = await ChiudiModelAsync(date, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{data}/riapri")]
    public async Task<IActionResult> Riapri(string data, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var rilevazione = await queries.IntestazioneAsync(date, ct);
        return rilevazione is null ? NotFound() : View(new RiapriViewModel(rilevazione, null));
    }

    [HttpPost("{data}/riapri")]
    public async Task<IActionResult> Riapri(string data, MotivoInput input, [FromServices] RiapriRilevazione riapri,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        if (ModelState.IsValid)
        {
            var esito = await riapri.HandleAsync(date, input, ct);
            if (esito.Tipo != EsitoTipo.Rifiutato || esito.Errori?.Any(e => e.Campo == nameof(MotivoInput.Motivo)) != true)
                return AfterRoundAction(esito, date);
            AddErrors(esito.Errori);
        }
        var rilevazione = await queries.IntestazioneAsync(date, ct);
        return rilevazione is null ? NotFound() : View(new RiapriViewModel(rilevazione, input.Motivo));
    }

    [HttpPost("{data}/obiettivi/{codice}/valida")]
    public async Task<IActionResult> Valida(string data, string codice, string? returnUrl,
        [FromServices] ValidaObiettivi valida, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var esito = await valida.UnoAsync(User, date, codice, ct);
        return AfterObiettivoAction(esito, date, returnUrl);
    }

    [HttpPost("{data}/valida")]
    public async Task<IActionResult> ValidaSelezionati(string data, List<string>? codici, string? returnUrl,
        [FromServices] ValidaObiettivi valida, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var esito = await valida.MoltiAsync(User, date, codici, ct);
        return AfterObiettivoAction(esito, date, returnUrl);
    }

    [HttpGet("{data}/obiettivi/{codice}/restituisci")]
    public async Task<IActionResult> Restituisci(string data, string codice, string? returnUrl, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var obiettivo = await queries.ObiettivoAsync(date, codice, ct);
        return obiettivo is null ? NotFound() : View(new AzioneObiettivoViewModel(obiettivo, null, Ritorno(returnUrl, date)));
    }

    [HttpPost("{data}/obiettivi/{codice}/restituisci")]
    public async Task<IActionResult> Restituisci(string data, string codice, RestituisciInput input,
        [FromServices] RestituisciObiettivo restituisci, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        if (ModelState.IsValid)
        {
            var esito = await restituisci.HandleAsync(User, date, codice, input, ct);
            if (esito.Tipo != EsitoTipo.Rifiutato) return AfterObiettivoAction(esito, date, input.ReturnUrl);
            AddErrors(esito.Errori);
        }
        var obiettivo = await queries.ObiettivoAsync(date, codice, ct);
        if (obiettivo is null) return NotFound();
        return View(new AzioneObiettivoViewModel(obiettivo, input.Nota, Ritorno(input.ReturnUrl, date)));
    }

    [HttpGet("{data}/obiettivi/{codice}/riapri")]
    public async Task<IActionResult> RiapriObiettivo(string data, string codice, string? returnUrl, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var obiettivo = await queries.ObiettivoAsync(date, codice, ct);
        return obiettivo is null ? NotFound() : View(new AzioneObiettivoViewModel(obiettivo, null, Ritorno(returnUrl, date)));
    }

    [HttpPost("{data}/obiettivi/{codice}/riapri")]
    public async Task<IActionResult> RiapriObiettivo(string data, string codice, MotivoInput input, string? returnUrl,
        [FromServices] RiapriObiettivo riapri, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        if (ModelState.IsValid)
        {
            var esito = await riapri.HandleAsync(date, codice, input, ct);
            if (esito.Tipo != EsitoTipo.Rifiutato || esito.Errori?.Any(e => e.Campo == nameof(MotivoInput.Motivo)) != true)
                return AfterObiettivoAction(esito, date, returnUrl);
            AddErrors(esito.Errori);
        }
        var obiettivo = await queries.ObiettivoAsync(date, codice, ct);
        if (obiettivo is null) return NotFound();
        return View(new AzioneObiettivoViewModel(obiettivo, input.Motivo, Ritorno(returnUrl, date)));
    }

    [HttpGet("{data}/solleciti")]
    public async Task<IActionResult> Solleciti(string data, [FromServices] PreparaSolleciti prepara, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var model = await prepara.HandleAsync(date, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{data}/solleciti")]
    public async Task<IActionResult> InviaSolleciti(string data, [FromServices] InviaSolleciti invia, CancellationToken ct)
    {
        if (!DataRilevazione.TryParse(data, out var date)) return NotFound();
        var esito = await invia.HandleAsync(date, ct);
        if (esito.Tipo == EsitoTipo.NonTrovato) return NotFound();
        if (esito.Tipo == EsitoTipo.Fatto)
        {
            TempData[Alerts.Success] = esito.Messaggio;
            return Redirect(DataRilevazione.Url(date));
        }
        TempData[Alerts.Error] = esito.Messaggio;
        return Redirect(DataRilevazione.Url(date) + "/solleciti");
    }

    private async Task<ChiudiViewModel?> ChiudiModelAsync(DateOnly data, CancellationToken ct)
    {
        var dashboard = await queries.DashboardAsync(data, new DashboardFiltri(), ct);
        return dashboard is null ? null : new ChiudiViewModel(dashboard.Rilevazione, dashboard.Totale);
    }

    /// <summary>Open, close, reopen: back to the dashboard with what happened (or why not).</summary>
    private IActionResult AfterRoundAction(Esito esito, DateOnly data)
    {
        if (esito.Tipo == EsitoTipo.NonTrovato) return NotFound();
        TempData[esito.Tipo == EsitoTipo.Fatto ? Alerts.Success : Alerts.Error] = esito.Messaggio;
        return Redirect(DataRilevazione.Url(data));
    }

    /// <summary>Validate, return, reopen one obiettivo: back where the user came from.</summary>
    private IActionResult AfterObiettivoAction(Esito esito, DateOnly data, string? returnUrl)
    {
        var ritorno = Ritorno(returnUrl, data);
        switch (esito.Tipo)
        {
            case EsitoTipo.NonTrovato:
                return NotFound();
            case EsitoTipo.Vietato:
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return View("NonConsentito", new NonConsentitoViewModel(esito.Messaggio!, ritorno));
            case EsitoTipo.Fatto:
                TempData[Alerts.Success] = esito.Messaggio;
                if (esito.Avviso is not null) TempData[Alerts.Error] = esito.Avviso;
                return LocalRedirect(ritorno);
            default:
                TempData[Alerts.Error] = esito.Messaggio;
                return LocalRedirect(ritorno);
        }
    }

    private string Ritorno(string? returnUrl, DateOnly data) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : DataRilevazione.Url(data);

    private void AddErrors(IEnumerable<ErroreCampo>? errori)
    {
        foreach (var errore in errori ?? [])
            ModelState.AddModelError(errore.Campo, errore.Messaggio);
    }
}
