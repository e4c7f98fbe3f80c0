using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>Reads and arranges the state of an obiettivo in a round directly in the test's database.</summary>
public static class RoundState
{
    public static readonly DateOnly Aperta = new(2019, 12, 31);
    public static readonly DateOnly Chiusa = new(2019, 6, 30);

    public static async Task<T> WithItemAsync<T>(this DupAppFactory app, DateOnly data, string codice,
        Func<AppDbContext, RilevazioneObiettivo, T> action, bool save = false)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = await db.RilevazioniObiettivi
            .Include(r => r.Rilevazione).Include(r => r.Valori)
            .Include(r => r.Obiettivo).ThenInclude(o => o.Indicatori).ThenInclude(i => i.Valori)
            .SingleAsync(r => r.Rilevazione.Data == data && r.Obiettivo.Codice == codice);
        var result = action(db, item);
        if (save) await db.SaveChangesAsync();
        return result;
    }

    public static Task<RilevazioneObiettivo> ItemAsync(this DupAppFactory app, DateOnly data, string codice) =>
        app.WithItemAsync(data, codice, (_, item) => item);

    /// <summary>Moves an obiettivo of the open round to <paramref name="stato"/> through the domain's own transitions.</summary>
    public static Task SetStatoAsync(this DupAppFactory app, string codice, StatoCompilazione stato) =>
        app.WithItemAsync(Aperta, codice, (_, item) =>
        {
            var now = DateTime.UtcNow;
            if (stato == StatoCompilazione.DaCompilare) return 0;
            item.Update("Testo predisposto dal test.", null, comeSegreteria: true);
            if (stato == StatoCompilazione.Bozza) return 0;
            item.Invia(now, "test");
            if (stato == StatoCompilazione.Inviato) return 0;
            if (stato == StatoCompilazione.Validato) { item.Valida(now, "test"); return 0; }
            item.Restituisci("Da rivedere.");
            return 0;
        }, save: true);
}
