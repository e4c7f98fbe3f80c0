using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Programmi;

[Route("programmi")]
public sealed class ProgrammiController(ProgrammiQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.ElencoAsync(ct));

    [HttpGet("{codice}")]
    public async Task<IActionResult> Dettaglio(string codice, CancellationToken ct)
    {
        var programma = await queries.DettaglioAsync(codice, ct);
        return programma is null ? NotFound() : View(programma);
    }
}
