using System.Data.Common;
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
        if (DatabaseNonDisponibile(feature?.Error))
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return View("Errore", ErroreViewModel.DatabaseNonDisponibile(HttpContext.TraceIdentifier));
        }
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Errore", ErroreViewModel.For(StatusCodes.Status500InternalServerError, HttpContext.TraceIdentifier));
    }

    /// <summary>The database refused or could not be reached (a provider error anywhere in the chain, e.g. inside EF's DbUpdateException).</summary>
    private static bool DatabaseNonDisponibile(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is DbException) return true;
        return false;
    }

    [Route("{code:int}")]
    public IActionResult Stato()
    {
        // Read from the route, never through model binding: the re-executed request may be an oversized form, whose
        // value provider fails and would leave the code at 0.
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var value) ? value : 0;
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return View("Errore", ErroreViewModel.For(status, HttpContext.TraceIdentifier));
    }
}
