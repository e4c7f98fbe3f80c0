using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Seeding;
using Cremona.Dup.Web.Features.Promemoria;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>Runs the reminders at a chosen moment, relative to the deadline of the demo round 2019-12-31.</summary>
public static class Reminders
{
    /// <summary>The demo round's deadline: 21 days after the real today, so it is read, never assumed.</summary>
    public static async Task<DateOnly> ScadenzaAsync(this DupAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Rilevazioni.Where(r => r.Data == DemoSeeder.OpenRoundDate).Select(r => r.Scadenza).SingleAsync())!.Value;
    }

    /// <summary>A clock at <paramref name="utcTime"/> (UTC) on the day <paramref name="days"/> after the deadline.</summary>
    public static FakeTimeProvider Clock(DateOnly scadenza, int days, TimeOnly utcTime) =>
        new(new DateTimeOffset(scadenza.AddDays(days).ToDateTime(utcTime), TimeSpan.Zero));

    /// <summary>A new runner in a new scope (as after a restart) on the given clock.</summary>
    public static async Task<int> RunRemindersAsync(this DupAppFactory app, TimeProvider clock)
    {
        using var scope = app.Services.CreateScope();
        var runner = ActivatorUtilities.CreateInstance<PromemoriaRunner>(scope.ServiceProvider, clock);
        return await runner.EseguiAsync(CancellationToken.None);
    }
}
