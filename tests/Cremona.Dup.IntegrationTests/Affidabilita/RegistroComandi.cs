using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cremona.Dup.IntegrationTests.Affidabilita;

/// <summary>Keeps the text of every SQL command EF sends, in order, to show where a failed save stopped.</summary>
public sealed class RegistroComandi : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> comandi = new();

    public IReadOnlyList<string> Comandi => [.. comandi];

    public void Svuota() => comandi.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        comandi.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        comandi.Enqueue(command.CommandText);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
