using System.Text.Json;
using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

/// <summary>
/// The data-entry flow with the keyboard only (WCAG 2.1.1, 2.4.1, 2.4.7): log in, skip to the content, open an obiettivo
/// of one's own from "Le mie attività", write both texts and a value, save the draft; every focus stop is visibly marked.
/// </summary>
public sealed class AccessibilitaTastieraTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string Responsabile = "carletti.ruggero";

    /// <summary>What has the focus, and whether it shows: an outline or a box shadow, on an element with a size.</summary>
    private const string FocusScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return { key: 'body', visible: false, description: 'nessun elemento' };
          const style = getComputedStyle(e);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow !== 'none';
          const rect = e.getBoundingClientRect();
          const description = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' «' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 50) + '»';
          return { key: description + '@' + Math.round(rect.x) + ',' + Math.round(rect.y), description,
                   visible: (outline || shadow) && rect.width > 1 && rect.height > 1 };
        }
        """;

    private static async Task<JsonElement> FocusAsync(IPage page) => await page.EvaluateAsync<JsonElement>(FocusScript);

    /// <summary>
    /// Presses Tab until the focused element matches <paramref name="selector"/>, asserting at every stop that the focus
    /// moved (no trap) and that it is visible.
    /// </summary>
    private static async Task TabToAsync(IPage page, string selector, int maxSteps = 80)
    {
        string? previous = null;
        for (var i = 0; i < maxSteps; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await FocusAsync(page);
            var description = focus.GetProperty("description").GetString();
            focus.GetProperty("visible").GetBoolean().Should().BeTrue($"the focus on {description} ({page.Url}) must be visible");
            var key = focus.GetProperty("key").GetString();
            key.Should().NotBe(previous, $"Tab must move the focus on from {description}");
            previous = key;
            if (await page.EvaluateAsync<bool>("s => document.activeElement.matches(s)", selector)) return;
        }
        throw new Xunit.Sdk.XunitException($"{selector} not reached with {maxSteps} presses of Tab on {page.Url}");
    }

    [Fact]
    public async Task A_responsabile_logs_in_fills_and_saves_an_obiettivo_with_the_keyboard_only()
    {
        string codice;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var responsabileId = await db.Users.Where(u => u.UserName == Responsabile).Select(u => u.ResponsabileId).SingleAsync();
            codice = (await db.ObiettiviOperativi.Where(o => o.ResponsabileGestionaleId == responsabileId && o.Indicatori.Any())
                .Select(o => o.Codice).ToListAsync()).Order(StringComparer.Ordinal).First();
        }
        var form = $"/rilevazioni/2019-12-31/obiettivi/{codice}";
        var page = await app.NewPageAsync(bypassCsp: false);

        // Log in: Tab to the user name, type, Tab to the password, type, Enter.
        await page.GotoAsync("/Account/Login");
        await TabToAsync(page, "#UserName");
        await page.Keyboard.TypeAsync(Responsabile);
        await TabToAsync(page, "#Password", maxSteps: 1);
        await page.Keyboard.TypeAsync(Cremona.Dup.Web.Data.Seeding.DemoOptions.DefaultPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        // The first Tab reaches the skip link, which shows itself; Enter jumps past the header to the content.
        await TabToAsync(page, ".skiplinks a", maxSteps: 1);
        (await page.EvaluateAsync<string>("() => document.activeElement.innerText")).Should().Be("Vai al contenuto principale");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("contenuto", "the skip link moves the focus to the main content");

        // From the content, the obiettivo's "Compila" link in "Le mie attività", without passing through the header again.
        await TabToAsync(page, $"main a[href='{form}']", maxSteps: 10);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**" + form);

        // The form: skip the header, then the two texts and the first value.
        await TabToAsync(page, ".skiplinks a", maxSteps: 1);
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "#StatoAttuazione");
        await page.Keyboard.TypeAsync("Stato scritto con la tastiera.");
        await TabToAsync(page, "#AzioniCorrettive");
        await page.Keyboard.TypeAsync("Azioni correttive scritte con la tastiera.");
        await TabToAsync(page, "#Valori_0__Consuntivo");
        await page.Keyboard.TypeAsync("1.234,5");
        await TabToAsync(page, "button[name=Azione][value=salva]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".alert-success");

        await page.ReloadAsync();
        (await page.InputValueAsync("#StatoAttuazione")).Should().Be("Stato scritto con la tastiera.");
        (await page.InputValueAsync("#AzioniCorrettive")).Should().Be("Azioni correttive scritte con la tastiera.");
        (await page.InputValueAsync("#Valori_0__Consuntivo")).Should().StartWith("1.234,5");
        (await page.InnerTextAsync("main p span.badge")).Should().Be("In bozza");
    }
}
