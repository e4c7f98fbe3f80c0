using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Affidabilita;

internal static class Obiettivi
{
    /// <summary>Codes of the obiettivi with at least one indicator of a responsabile (by name), in id order.</summary>
    public static async Task<IReadOnlyList<string>> ConIndicatoriDiAsync(this DupAppFactory app, string responsabile)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.ObiettiviOperativi.Where(o => o.ResponsabileGestionale.Nome == responsabile && o.Indicatori.Any())
            .OrderBy(o => o.Id).Select(o => o.Codice).ToListAsync();
    }
}
