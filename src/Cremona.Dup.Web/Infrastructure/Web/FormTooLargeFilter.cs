using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cremona.Dup.Web.Infrastructure.Web;

/// <summary>
/// A form over the limits (a field over 4 MB, too many fields, a body over the size limit) is refused with 413 and the
/// Italian error page, before model binding turns it into an empty input and a misleading page.
/// Runs after <c>[RequestFormLimits]</c> and <c>[RequestSizeLimit]</c> (order 900), so their limits apply.
/// </summary>
public sealed class FormTooLargeFilter : IAsyncResourceFilter, IOrderedFilter
{
    public int Order => 950;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        // The error page re-executed for this very request must render, not read the oversized form again.
        if (request.HasFormContentType && context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            try
            {
                await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException
                || e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
                return;
            }
        }
        await next();
    }
}
