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
}
