using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Impostazioni;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cremona.Dup.Web.Features.Impostazioni;

/// <summary>The Amministratore's settings page, and the ente's logo served to every page and to the login page.</summary>
[Route("amministrazione/impostazioni")]
[Authorize(Policy = Policies.Amministratore)]
public sealed class ImpostazioniController(ImpostazioniQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.PaginaAsync(null, ct));

    [HttpPost("")]
    [RequestSizeLimit(2 * 1024 * 1024)]
    public async Task<IActionResult> Index(ImpostazioniInput input, [FromServices] SalvaImpostazioni salva, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(salva);
        if (ModelState.IsValid)
        {
            var (esito, errori) = await salva.HandleAsync(input, ct);
            if (esito == EsitoImpostazioni.Salvato)
            {
                TempData[Alerts.Success] = "Impostazioni salvate: sono già in vigore.";
                return RedirectToAction(nameof(Index));
            }
            if (esito == EsitoImpostazioni.Conflitto)
            {
                ModelState.AddModelError("",
                    "Qualcun altro ha modificato le impostazioni mentre le modificavi: le tue modifiche non sono state salvate. " +
                    "Il modulo mostra le impostazioni salvate ora; ripeti le modifiche.");
                var pagina = await queries.PaginaAsync(null, ct);
                return View(pagina);
            }
            foreach (var (key, message) in errori!) ModelState.AddModelError(key, message);
        }
        return View(await queries.PaginaAsync(input, ct));
    }

    /// <summary>
    /// The logo at a stable address; pages add <c>?v=</c> with the logo's version, so browsers may keep it for a year and
    /// still see a new logo at once.
    /// </summary>
    [AllowAnonymous]
    [HttpGet("/ente/logo")]
    public async Task<IActionResult> Logo([FromServices] ImpostazioniLoader loader, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(loader);
        var logo = await loader.LogoAsync(ct);
        if (logo is null) return NotFound();
        var etag = new EntityTagHeaderValue($"\"{logo.Versione:N}\"");
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(logo.Contenuto, logo.Tipo, lastModified: null, entityTag: etag);
    }
}
