using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Ricerca;

[Route("cerca")]
public sealed class RicercaController(RicercaQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct) => View(await queries.CercaAsync(q, ct));
}
