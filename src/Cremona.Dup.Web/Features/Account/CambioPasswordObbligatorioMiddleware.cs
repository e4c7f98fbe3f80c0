using Cremona.Dup.Web.Identity;

namespace Cremona.Dup.Web.Features.Account;

/// <summary>
/// While the login cookie carries <see cref="AppClaims.CambioPassword"/> (a temporary password), every request goes to
/// <c>/account/cambia-password</c>, except that page, logging out, the error pages and static assets: nobody can skip
/// the change by typing another address or posting a form.
/// </summary>
public sealed class CambioPasswordObbligatorioMiddleware(RequestDelegate next)
{
    public const string Pagina = "/account/cambia-password";

    private static readonly string[] Consentiti = [Pagina, "/account/logout", "/errore", "/lib/", "/css/", "/js/", "/health", "/ente/logo"];

    public static string Indirizzo(string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) || returnUrl == "/" ? Pagina : $"{Pagina}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.HasClaim(c => c.Type == AppClaims.CambioPassword))
        {
            var path = context.Request.Path.Value ?? "/";
            if (!Consentiti.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Redirect(Pagina);
                return Task.CompletedTask;
            }
        }
        return next(context);
    }
}
