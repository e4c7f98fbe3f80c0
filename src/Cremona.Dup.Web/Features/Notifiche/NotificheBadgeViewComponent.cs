using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Notifiche;

/// <summary>The "Notifiche (3)" link of the layout's header: one COUNT query per page, for signed-in users.</summary>
public sealed class NotificheBadgeViewComponent(AppDbContext db) : ViewComponent
{
    /// <summary>Tags the layout's query, so that tests can tell it from the page's own queries.</summary>
    public const string QueryTag = "layout: notifiche non lette";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return Content("");
        // The error page of a failed request shows no count: the failure may be the database itself, and the page that
        // explains it must not need it.
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null) return Content("");
        var nonLette = await db.Notifiche.AsNoTracking().TagWith(QueryTag)
            .CountAsync(n => n.UserId == userId && n.LettaAtUtc == null, HttpContext.RequestAborted);
        return View("~/Features/Notifiche/_Badge.cshtml", nonLette);
    }
}
