using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Cremona.Dup.Web.Features.Account;

[Route("Account")]
public sealed class AccountController(SignInManager<AppUser> signIn, ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet("Login")]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true) return LocalRedirect(SafeReturnUrl(returnUrl));
        return View(new LoginInput { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("Login")]
    [EnableRateLimiting(LoginRateLimiting.Policy)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid) return View(input);

        var user = await signIn.UserManager.FindByNameAsync(input.UserName!.Trim());
        if (user is null || !user.Attivo)
        {
            ModelState.AddModelError("", "Nome utente o password non corretti.");
            return View(input);
        }

        var result = await signIn.PasswordSignInAsync(user, input.Password!, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Accesso di {UserName}", user.UserName);
            if (user.CambioPasswordObbligatorio)
                return Redirect(CambioPasswordObbligatorioMiddleware.Indirizzo(SafeReturnUrl(input.ReturnUrl)));
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Account {UserName} bloccato dopo troppi tentativi", user.UserName);
            ModelState.AddModelError("", "Account temporaneamente bloccato per troppi tentativi errati. Riprovare tra 15 minuti o rivolgersi all'amministratore.");
            return View(input);
        }
        ModelState.AddModelError("", "Nome utente o password non corretti.");
        return View(input);
    }

    [HttpPost("Logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    /// <summary>Every signed-in user changes their own password here; after a reset nobody can go anywhere else first.</summary>
    [HttpGet("/account/cambia-password")]
    public IActionResult CambiaPassword(string? returnUrl) => View(new CambiaPasswordInput { ReturnUrl = returnUrl });

    [HttpPost("/account/cambia-password")]
    public async Task<IActionResult> CambiaPassword(CambiaPasswordInput input, [FromServices] CambiaPropriaPassword cambia, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cambia);
        if (ModelState.IsValid)
        {
            var errori = await cambia.HandleAsync(User, input, ct);
            if (errori.Count == 0)
            {
                TempData[Alerts.Success] = "Password cambiata.";
                return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
            }
            foreach (var errore in errori) ModelState.AddModelError("", errore);
        }
        input.PasswordAttuale = input.NuovaPassword = input.ConfermaPassword = null;
        return View(input);
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
