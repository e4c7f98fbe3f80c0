using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Features.Promemoria;

/// <summary>Runs <see cref="PromemoriaRunner"/> at start and then every <c>Promemoria:IntervalloMinuti</c>.</summary>
public sealed partial class PromemoriaService(
    IServiceScopeFactory scopes, IOptions<PromemoriaOptions> options, TimeProvider time, ILogger<PromemoriaService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalloMinuti), time);
        try
        {
            do
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<PromemoriaRunner>().EseguiAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failed pass (database busy…) is retried at the next tick: records make it safe to repeat.
                    LogFailed(ex, options.Value.IntervalloMinuti);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Promemoria automatici non riusciti: nuovo tentativo tra {Minuti} minuti")]
    private partial void LogFailed(Exception ex, int minuti);
}
