using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Partecipate;

[Route("partecipate")]
public sealed class PartecipateController(PartecipateQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.ElencoAsync(ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Dettaglio(int id, CancellationToken ct)
    {
        var organismo = await queries.DettaglioAsync(id, ct);
        return organismo is null ? NotFound() : View(organismo);
    }
}
