using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>Reads and writes the e-mail outbox straight in the app's database.</summary>
public static class Outbox
{
    public static async Task<long> QueueAsync(this DupAppFactory app, string destinatario, string oggetto, string testo)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var email = new EmailInUscita(destinatario, "Di Girolamo Gabriella", oggetto, testo, DateTime.UtcNow);
        db.EmailInUscita.Add(email);
        await db.SaveChangesAsync();
        return email.Id;
    }

    public static async Task<EmailInUscita> EmailAsync(this DupAppFactory app, long id)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().EmailInUscita.AsNoTracking().SingleAsync(e => e.Id == id);
    }
}
