using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>
/// Delivers the outbox: every <c>Email:IntervalloSecondi</c> (and at once when signalled) it sends the pending
/// <see cref="EmailInUscita"/> rows in order, saving after each message so that a crash never sends again what was
/// sent. A failure stays on the row (<see cref="EmailInUscita.UltimoErrore"/>) and is retried at the next passes,
/// which back off while the server is down, until <see cref="EmailInUscita.MaxTentativi"/>.
/// </summary>
public sealed partial class EmailOutboxSender(
    IServiceScopeFactory scopes, IEmailTransport transport, EmailComposer composer, EmailOutboxSignal signal,
    IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailOutboxSender> logger) : BackgroundService
{
    private const int Lotto = 100;
    private static readonly TimeSpan MaxAttesa = TimeSpan.FromHours(1);
    private readonly SemaphoreSlim onePass = new(1, 1);

    /// <summary>One pass over the pending messages (at most 100); the background loop calls it, tests too.</summary>
    public async Task<EsitoInvio> InviaInAttesaAsync(CancellationToken ct)
    {
        await onePass.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pending = await db.EmailInUscita
                .Where(e => e.InviataAtUtc == null && e.Tentativi < EmailInUscita.MaxTentativi)
                .OrderBy(e => e.Id).Take(Lotto).ToListAsync(ct);

            int inviate = 0, fallite = 0;
            foreach (var email in pending)
            {
                Exception? failure = null;
                try
                {
                    await transport.InviaAsync(composer.Componi(email), ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    failure = ex;
                }

                if (failure is null)
                {
                    email.SegnaInviata(time.GetUtcNow().UtcDateTime);
                    await db.SaveChangesAsync(CancellationToken.None); // sent: record it even if we are stopping
                    inviate++;
                    continue;
                }

                var unavailable = failure is EmailTransportUnavailableException;
                email.SegnaFallita(unavailable ? failure.Message : $"Invio non riuscito: {failure.Message}");
                await db.SaveChangesAsync(CancellationToken.None);
                fallite++;
                if (email.DaInviare) LogRetry(email.Id, email.Destinatario, email.Tentativi, email.UltimoErrore);
                else LogGivenUp(email.Id, email.Destinatario, email.Tentativi, email.UltimoErrore);
                // The server is down: the other messages would fail the same way and use up their attempts.
                if (unavailable) return new EsitoInvio(inviate, fallite, Interrotto: true);
            }
            return new EsitoInvio(inviate, fallite, Interrotto: false);
        }
        finally
        {
            onePass.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.IntervalloSecondi);
        LogStarted(transport is EmailTransportPerModalita scelto ? scelto.Descrizione : transport.GetType().Name,
            options.Value.IntervalloSecondi);
        var failedPasses = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var esito = await InviaInAttesaAsync(stoppingToken);
                failedPasses = esito.Fallite > 0 ? failedPasses + 1 : 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or IOException)
            {
                // The database may be briefly unavailable: try again later rather than stop the host.
                LogPassFailed(ex);
                failedPasses++;
            }

            // While sending fails, wait 2, 4, 8… times longer (at most an hour), so a long outage spreads the attempts.
            var wait = failedPasses == 0 ? interval
                : TimeSpan.FromTicks(Math.Min(MaxAttesa.Ticks, interval.Ticks << Math.Min(failedPasses, 10)));
            try
            {
                await signal.AttendiAsync(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        onePass.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Id} a {Destinatario} non inviata (tentativo {Tentativi}): {Errore}")]
    private partial void LogRetry(long id, string destinatario, int tentativi, string? errore);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Id} a {Destinatario} abbandonata dopo {Tentativi} tentativi: {Errore}")]
    private partial void LogGivenUp(long id, string destinatario, int tentativi, string? errore);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invio delle e-mail attivo: {Destinazione}, ogni {Secondi} secondi")]
    private partial void LogStarted(string destinazione, int secondi);

    [LoggerMessage(Level = LogLevel.Error, Message = "Invio delle e-mail in uscita non riuscito")]
    private partial void LogPassFailed(Exception ex);
}
