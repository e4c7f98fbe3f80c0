using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>
/// Rendered files keyed on the data version, the parameters and the user's scope (see <see cref="Allegato6Stamp"/>):
/// a size-limited memory cache of its own, and one render per key at a time (a second request waits for the first).
/// </summary>
public sealed class Allegato6Cache : IDisposable
{
    private readonly MemoryCache cache;
    private readonly bool enabled;
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> inFlight = new(StringComparer.Ordinal);

    public Allegato6Cache(IOptions<ReportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        enabled = options.Value.CacheEnabled;
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.CacheMegabytes) * 1024L * 1024L });
    }

    public async Task<(byte[] Content, bool Hit)> GetOrCreateAsync(string key, Func<Task<byte[]>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!enabled) return (await create(), false);
        if (cache.TryGetValue<byte[]>(key, out var cached) && cached is not null) return (cached, true);

        var lazy = inFlight.GetOrAdd(key, _ => new Lazy<Task<byte[]>>(create));
        try
        {
            var content = await lazy.Value;
            cache.Set(key, content, new MemoryCacheEntryOptions { Size = content.Length, SlidingExpiration = TimeSpan.FromHours(12) });
            return (content, false);
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<byte[]>>>(key, lazy));
        }
    }

    public void Dispose() => cache.Dispose();
}
