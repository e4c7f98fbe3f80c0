using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Obiettivi;

[Route("obiettivi")]
public sealed class ObiettiviController(ObiettiviQueries queries) : Controller
{
    [HttpGet("{codice}")]
    public async Task<IActionResult> Dettaglio(string codice, CancellationToken ct)
    {
        var obiettivo = await queries.DettaglioAsync(codice, ct);
        return obiettivo is null ? NotFound() : View(obiettivo);
    }

    /// <summary>Every recorded change of the obiettivo, newest first (readable by every signed-in user);
    /// <c>?pagina=2</c> goes further back (page 1 when missing or not a number).</summary>
    [HttpGet("{codice}/storia")]
    public async Task<IActionResult> Storia(string codice, [FromQuery] int pagina, [FromServices] StoriaQueries storia,
        CancellationToken ct)
    {
        var model = await storia.StoriaAsync(codice, pagina, ct);
        return model is null ? NotFound() : View(model);
    }
}
