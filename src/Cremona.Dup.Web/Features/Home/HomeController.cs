using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Home;

[Route("")]
public sealed class HomeController(HomeQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.GetAsync(User, ct));
}
