using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Errori;

/// <summary>Italian error and status pages (re-executed by the status-code and exception middlewares).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // re-executed for refused POSTs too (400, 413, 429); it only renders, never changes anything
[Route("errore")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErroriController(ILogger<ErroriController> logger) : Controller
{
    [Route("")]
    public IActionResult Errore()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature is not null)
            logger.LogError(feature.Error, "Errore non gestito su {Path}", feature.Path);
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Errore", ErroreViewModel.For(StatusCodes.Status500InternalServerError, HttpContext.TraceIdentifier));
    }

    [Route("{code:int}")]
    public IActionResult Stato(int code)
    {
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return View("Errore", ErroreViewModel.For(status, HttpContext.TraceIdentifier));
    }
}
