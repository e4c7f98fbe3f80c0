using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cremona.Dup.IntegrationTests.Demo;

/// <summary>
/// The demo round's deadline is three weeks from today in Rome: between 23:00 and 24:00 UTC (midnight in Rome in
/// winter) it is already the next day there, and the reminders, the dashboard and the tests count from that day.
/// </summary>
public sealed class DemoScadenzaTests(DemoScadenzaTests.Factory app) : IClassFixture<DemoScadenzaTests.Factory>
{
    public sealed class Factory : DupAppFactory
    {
        protected override bool DemoEnabled => false;
    }

    [Fact]
    public async Task At_23_30_UTC_in_winter_the_deadline_counts_from_the_next_day()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 23, 30, 0, TimeSpan.Zero));
        using var scope = app.Services.CreateScope();
        await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider, clock).SeedAsync(CancellationToken.None);

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var scadenza = await db.Rilevazioni.Where(r => r.Data == DemoSeeder.OpenRoundDate).Select(r => r.Scadenza).SingleAsync();
        scadenza.Should().Be(new DateOnly(2026, 12, 28), "7 December in Rome, plus 21 days");
    }
}
