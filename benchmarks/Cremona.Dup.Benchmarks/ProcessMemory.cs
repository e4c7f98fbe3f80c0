using System.Globalization;

namespace Cremona.Dup.Benchmarks;

/// <summary>
/// Memory of this process and all its descendants (Chromium and its helpers), read from /proc: proportional set size
/// (PSS, shared pages split among the processes that share them), so that the sum is not inflated.
/// </summary>
public sealed class ProcessMemory : IDisposable
{
    private readonly Timer timer;
    private long peak;
    private int sampling;

    /// <param name="intervalMs">
    /// How often to sample. Reading smaps_rollup walks the page tables of every process sampled, which slows a large
    /// Chromium down: sampling every 50 ms made a 1,137-page print 22.3 s instead of 19.3 s with one sample a second.
    /// </param>
    public ProcessMemory(int intervalMs = 250) => timer = new Timer(_ => Sample(), null, 0, intervalMs);

    public long PeakBytes => Interlocked.Read(ref peak);

    public void Reset() => Interlocked.Exchange(ref peak, 0);

    public static long CurrentBytes()
    {
        var root = Environment.ProcessId;
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            catch (IOException) { /* the process ended */ }
            catch (UnauthorizedAccessException) { }
        }
        var tree = new HashSet<int> { root };
        bool grown;
        do
        {
            grown = false;
            foreach (var (pid, parent) in parents)
                if (tree.Contains(parent) && tree.Add(pid)) grown = true;
        } while (grown);

        long total = 0;
        foreach (var pid in tree)
        {
            try
            {
                foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
                {
                    if (!line.StartsWith("Pss:", StringComparison.Ordinal)) continue;
                    total += long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                    break;
                }
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return total;
    }

    private void Sample()
    {
        if (Interlocked.Exchange(ref sampling, 1) == 1) return; // the previous sample is still running
        try
        {
            var now = CurrentBytes();
            long seen;
            do { seen = Interlocked.Read(ref peak); } while (now > seen && Interlocked.CompareExchange(ref peak, now, seen) != seen);
        }
        finally
        {
            Volatile.Write(ref sampling, 0);
        }
    }

    public void Dispose() => timer.Dispose();
}
