using System.Diagnostics;
using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The demo plan with nine more indicators beside each real one: 1,440 in all.</summary>
public sealed class DieciVolteAppFactory : DupAppFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var obiettivi = await db.ObiettiviOperativi.Include(o => o.Indicatori).ThenInclude(i => i.Valori).ToListAsync();
        var n = 0;
        foreach (var obiettivo in obiettivi)
        {
            foreach (var originale in obiettivo.Indicatori.ToList())
            {
                for (var k = 1; k <= 9; k++)
                {
                    var copia = obiettivo.AddIndicatore($"{originale.Nome} (copia {k})", originale.PrimoAnno, originale.UltimoAnno);
                    copia.SetTarget(originale.Target);
                    foreach (var v in originale.Valori) copia.SetConsuntivo(v.Anno, v.Consuntivo is { } c ? c + k : null);
                    n++;
                }
            }
        }
        await db.SaveChangesAsync();
        n.Should().Be(1296);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public sealed class IndicatoriScalaTests(DieciVolteAppFactory app, ITestOutputHelper output) : IClassFixture<DieciVolteAppFactory>
{
    [Theory]
    [InlineData("/indicatori?ordina=raggiungimento&verso=desc&pagina=20")]
    [InlineData("/indicatori.xlsx")]
    [InlineData("/indicatori/missioni")]
    public async Task Ten_times_the_indicators_still_take_two_queries_and_stay_fast(string url)
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        (await client.GetAsync(new Uri(url, UriKind.Relative))).Dispose(); // warm-up

        app.Commands.Reset();
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        watch.Stop();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Commands.Count.Should().BeLessThanOrEqualTo(2);
        output.WriteLine($"{url}: {watch.ElapsedMilliseconds} ms, {bytes.Length:N0} bytes, {app.Commands.Count} SQL commands");
        // A generous bound for a shared 2-core machine; the figure itself is printed above.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Every_indicator_is_counted()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var page = await client.GetDocumentAsync("/indicatori");
        IndicatoriAttesi.Totale(page).Should().Be(1440);
        page.QuerySelectorAll("table#indicatori tbody tr").Should().HaveCount(50);
    }
}
