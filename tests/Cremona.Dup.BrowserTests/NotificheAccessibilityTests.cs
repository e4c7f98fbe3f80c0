using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Seeding;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Promemoria;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

/// <summary>The notifications page, filled by a real reminder run a week before the demo round's deadline.</summary>
public sealed class NotificheAccessibilityTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task The_notifications_page_has_no_WCAG_21_AA_violations_before_and_after_marking_one_read()
    {
        await EnsureNotificationsAsync();
        var page = await app.NewPageAsync();
        await BrowserAppFactory.LoginAsync(page, "di.girolamo.gabriella");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Notifiche") }).ClickAsync();
        await page.WaitForSelectorAsync("h1:has-text('Notifiche')");
        await Assertions.Expect(page.Locator("[data-testid=notifiche]")).ToHaveAccessibleNameAsync("Notifiche (1 non letta)");
        (await page.InnerTextAsync("li.notifica-nuova h2")).Should().Contain("Nuova");
        await Axe.ScreenshotAsync(page, "notifiche");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();

        await page.Locator("li.notifica-nuova").GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Segna come letta") }).ClickAsync();
        await page.WaitForSelectorAsync(".alert-success");
        (await page.InnerTextAsync(".alert-success")).Should().Be("Notifica segnata come letta.");
        (await page.Locator("li.notifica-nuova").CountAsync()).Should().Be(0);
        await Axe.ScreenshotAsync(page, "notifiche-lette");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_notifications_page_at_phone_width_has_no_violations()
    {
        await EnsureNotificationsAsync();
        var page = await app.NewPageAsync(width: 390, height: 844);
        await BrowserAppFactory.LoginAsync(page, "sforza.pierluigi");
        var response = await page.GotoAsync("/notifiche");
        response!.Status.Should().Be(200);
        await Assertions.Expect(page.Locator("[data-testid=notifiche]")).ToHaveAccessibleNameAsync("Notifiche (1 non letta)");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390, "nothing sticks out sideways");
        await Axe.ScreenshotAsync(page, "notifiche-mobile");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    /// <summary>Runs the reminders as on the 7th day before the deadline (once), plus an older, read notification.</summary>
    private async Task EnsureNotificationsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.SollecitiInviati.AnyAsync()) return;

        var scadenza = (await db.Rilevazioni.Where(r => r.Data == DemoSeeder.OpenRoundDate).Select(r => r.Scadenza).SingleAsync())!.Value;
        var clock = new FixedClock(new DateTimeOffset(scadenza.AddDays(-7).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        await ActivatorUtilities.CreateInstance<PromemoriaRunner>(scope.ServiceProvider, clock).EseguiAsync(CancellationToken.None);

        foreach (var userName in new[] { "di.girolamo.gabriella", "sforza.pierluigi" })
        {
            var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
            var old = new Notifica(userId, clock.GetUtcNow().UtcDateTime.AddDays(-30), "Rilevazione «Annuale 2019» aperta",
                "La Segreteria Generale ha aperto la rilevazione dello stato di attuazione al **31 dicembre 2019**.", "/");
            old.SegnaLetta(clock.GetUtcNow().UtcDateTime.AddDays(-29));
            db.Notifiche.Add(old);
        }
        await db.SaveChangesAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
