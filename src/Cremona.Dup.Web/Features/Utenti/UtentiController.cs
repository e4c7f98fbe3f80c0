using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>The Amministratore's accounts: list, create, edit (roles, responsabile, referenti), deactivate, unlock, reset.</summary>
[Route("amministrazione/utenti")]
[Authorize(Policy = Policies.Amministratore)]
public sealed class UtentiController(UtentiQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UtentiFiltro filtro, CancellationToken ct) =>
        View(await queries.ElencoAsync(filtro, ct));

    [HttpGet("nuovo")]
    public async Task<IActionResult> Nuovo(CancellationToken ct) =>
        View("Account", new AccountPagina(new AccountInput(), await queries.ResponsabiliAsync(ct), null, []));

    [HttpPost("nuovo")]
    public async Task<IActionResult> Nuovo(AccountInput input, [FromServices] CreaAccount crea, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(crea);
        if (ModelState.IsValid)
        {
            var result = await crea.HandleAsync(input, ct);
            if (result.Esito == EsitoAccount.Salvato)
                return PasswordMostrata(new PasswordTemporaneaPagina(result.UserId!, input.UserName!.Trim(), input.NomeCompleto!.Trim(),
                    result.PasswordTemporanea!, Nuovo: true));
            foreach (var (key, message) in result.Errori ?? new Dictionary<string, string>()) ModelState.AddModelError(key, message);
        }
        return View("Account", new AccountPagina(input, await queries.ResponsabiliAsync(ct), null, []));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Modifica(string id, CancellationToken ct)
    {
        var input = await queries.InputAsync(id, ct);
        if (input is null) return NotFound();
        return await ShowAsync(id, input, ct);
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Modifica(string id, AccountInput input, [FromServices] ModificaAccount modifica, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modifica);
        if (ModelState.IsValid)
        {
            var result = await modifica.HandleAsync(id, input, ct);
            switch (result.Esito)
            {
                case EsitoAccount.NonTrovato:
                    return NotFound();
                case EsitoAccount.Salvato:
                    TempData[Alerts.Success] = "Account salvato.";
                    return RedirectToAction(nameof(Modifica), new { id });
                case EsitoAccount.Conflitto:
                    ModelState.AddModelError("",
                        "Qualcun altro ha modificato l'account mentre lo modificavi: le tue modifiche non sono state salvate. " +
                        "Il modulo mostra i dati salvati ora; ripeti le modifiche.");
                    var current = await queries.InputAsync(id, ct);
                    if (current is null) return NotFound();
                    return await ShowAsync(id, current, ct);
                default:
                    foreach (var (key, message) in result.Errori!) ModelState.AddModelError(key, message);
                    break;
            }
        }
        if (await queries.UtenteAsync(id, ct) is not { } utente) return NotFound();
        input.UserName = utente.UserName; // never posted: the name an account is recorded under does not change
        return await ShowAsync(id, input, ct);
    }

    [HttpPost("{id}/disattiva")]
    public Task<IActionResult> Disattiva(string id, [FromServices] AzioniAccount azioni, CancellationToken ct) =>
        AzioneAsync(id, () => azioni.DisattivaAsync(id, ct), "Account disattivato: non può più accedere.");

    [HttpPost("{id}/riattiva")]
    public Task<IActionResult> Riattiva(string id, [FromServices] AzioniAccount azioni, CancellationToken ct) =>
        AzioneAsync(id, () => azioni.RiattivaAsync(id, ct), "Account riattivato.");

    [HttpPost("{id}/sblocca")]
    public Task<IActionResult> Sblocca(string id, [FromServices] AzioniAccount azioni, CancellationToken ct) =>
        AzioneAsync(id, () => azioni.SbloccaAsync(id, ct), "Account sbloccato: può di nuovo accedere.");

    [HttpPost("{id}/reimposta-password")]
    public async Task<IActionResult> ReimpostaPassword(string id, [FromServices] AzioniAccount azioni, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(azioni);
        var result = await azioni.ReimpostaPasswordAsync(id, ct);
        if (result.Esito == EsitoAccount.NonTrovato) return NotFound();
        if (result.Esito != EsitoAccount.Salvato)
        {
            TempData[Alerts.Error] = string.Join(" ", result.Errori?.Values ?? ["Password non reimpostata: riprovare."]);
            return RedirectToAction(nameof(Modifica), new { id });
        }
        var utente = await queries.UtenteAsync(id, ct);
        return PasswordMostrata(new PasswordTemporaneaPagina(id, utente!.UserName, utente.NomeCompleto, result.PasswordTemporanea!, Nuovo: false));
    }

    /// <summary>
    /// The temporary password is shown once, in this response only: never in TempData (a cookie), a redirect or a log.
    /// </summary>
    private ViewResult PasswordMostrata(PasswordTemporaneaPagina pagina)
    {
        Response.Headers.CacheControl = "no-store";
        return View("PasswordTemporanea", pagina);
    }

    private async Task<IActionResult> AzioneAsync(string id, Func<Task<RisultatoAccount>> azione, string messaggio)
    {
        var result = await azione();
        if (result.Esito == EsitoAccount.NonTrovato) return NotFound();
        if (result.Esito == EsitoAccount.Salvato) TempData[Alerts.Success] = messaggio;
        else TempData[Alerts.Error] = string.Join(" ", result.Errori?.Values ?? ["Il dato è stato modificato da un altro utente nel frattempo: riprovare."]);
        return RedirectToAction(nameof(Modifica), new { id });
    }

    private async Task<IActionResult> ShowAsync(string id, AccountInput input, CancellationToken ct)
    {
        var utente = await queries.UtenteAsync(id, ct);
        if (utente is null) return NotFound();
        return View("Account", new AccountPagina(input, await queries.ResponsabiliAsync(ct), utente, await queries.StoriaAsync(id, ct)));
    }
}
