using System.Collections.Concurrent;
using System.Data.Common;
using Cremona.Dup.Web.Features.Notifiche;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF runs, to hold pages to one or two queries each. The layout's own query (the unread
/// notifications of the header, tagged <see cref="NotificheBadgeViewComponent.QueryTag"/>) is the same on every page:
/// it is counted apart, in <see cref="LayoutCount"/>. The text of every command, writes included, is kept in order in
/// <see cref="Texts"/>, to show where a failed save stopped.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int count;
    private int layoutCount;
    private readonly ConcurrentQueue<string> texts = new();

    public int Count => Volatile.Read(ref count);

    public int LayoutCount => Volatile.Read(ref layoutCount);

    public IReadOnlyList<string> Texts => [.. texts];

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        Interlocked.Exchange(ref layoutCount, 0);
        texts.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Increment(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Increment(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        texts.Enqueue(command.CommandText);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Increment(DbCommand command)
    {
        texts.Enqueue(command.CommandText);
        if (command.CommandText.Contains(NotificheBadgeViewComponent.QueryTag, StringComparison.Ordinal))
            Interlocked.Increment(ref layoutCount);
        else
            Interlocked.Increment(ref count);
    }
}
