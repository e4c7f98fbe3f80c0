using System.Security.Claims;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Notifiche;

[Route("notifiche")]
public sealed class NotificheController(NotificheQueries queries) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? Challenge() : View(await queries.ElencoAsync(userId, ct));
    }

    [HttpPost("{id:long}/letta")]
    public async Task<IActionResult> Letta(long id, [FromServices] SegnaNotificaLetta segna, CancellationToken ct)
    {
        if (!await segna.HandleAsync(User, id, ct)) return NotFound();
        TempData[Alerts.Success] = "Notifica segnata come letta.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("lette")]
    public async Task<IActionResult> Lette([FromServices] SegnaTutteLette segna, CancellationToken ct)
    {
        var count = await segna.HandleAsync(User, ct);
        TempData[Alerts.Success] = count switch
        {
            0 => "Non c'erano notifiche da leggere.",
            1 => "1 notifica segnata come letta.",
            _ => $"{count} notifiche segnate come lette.",
        };
        return RedirectToAction(nameof(Index));
    }
}
