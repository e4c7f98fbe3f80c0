namespace Cremona.Dup.Web.Infrastructure.Web;

/// <summary>TempData keys of the messages the layout shows after a redirect.</summary>
public static class Alerts
{
    public const string Success = "alert-success";
    public const string Error = "alert-error";
}
