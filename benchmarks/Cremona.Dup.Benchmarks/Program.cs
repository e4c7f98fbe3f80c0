using System.Diagnostics;
using System.Globalization;
using System.Net;
using Cremona.Dup.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.Benchmarks;

// Stopwatch harness (end to end, through HTTP in-process): full Allegato 6 PDF cold and warm, Excel, on the real dataset
// and on a dataset N times larger; peak memory of this process plus Chromium. Usage:
//   dotnet run -c Release --project benchmarks/Cremona.Dup.Benchmarks -- [--iterations 5] [--scale 10] [--factors 1,5]
//   [--sample-ms 250] (how often memory is sampled)
// The load run of issue 8 (see LoadRun): ... -- --load [--users 50] [--seconds 60] [--think-ms 1000]
public static class BenchmarkRunner
{
    public static async Task Main(string[] args)
    {
        if (args.Contains("--load"))
        {
            await LoadRun.RunAsync(args);
            return;
        }
        var iterations = Arg("--iterations", 5);
        var scale = Arg("--scale", 10);
        var sampleMs = Arg("--sample-ms", 250);
        // --factors 1,5 runs just those sizes (default: 1, scale/2 and scale).
        var factors = args.SkipWhile(a => a != "--factors").Skip(1).FirstOrDefault()?.Split(',')
            .Select(f => int.Parse(f, CultureInfo.InvariantCulture)).ToArray()
            ?? (scale >= 4 ? [1, scale / 2, scale] : scale > 1 ? [1, scale] : [1]);
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine($"# Cremona.Dup benchmark – {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} core, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| dataset | measure | n | min ms | median ms | max ms | peak MiB (app + Chromium, PSS) | size |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var medians = new Dictionary<string, double>();
        foreach (var factor in factors)
        {
            using var app = new BenchmarkApp();
            using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
            client.Timeout = TimeSpan.FromMinutes(30);
            if (factor > 1)
            {
                using var scope = app.Services.CreateScope();
                await PlanReplicator.ReplicateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), factor);
            }
            await LoginAsync(client);
            var label = factor == 1 ? "real (1×)" : $"{factor}×";
            using var memory = new ProcessMemory(sampleMs);

            memory.Reset();
            var (cold, pages) = await TimeAsync(client, "/report/allegato6.pdf?data=2019-06-30");
            Row(label, "PDF cold (Chromium launch)", [cold], memory.PeakBytes, pages);

            memory.Reset();
            var warm = new List<double>();
            var size = "";
            for (var i = 0; i < iterations; i++)
            {
                var (ms, bytes) = await TimeAsync(client, "/report/allegato6.pdf?data=2019-06-30");
                warm.Add(ms);
                size = bytes;
            }
            Row(label, "PDF warm", warm, memory.PeakBytes, size);
            medians[$"pdf{factor}"] = Median(warm);

            await TimeAsync(client, "/report/allegato6.xlsx?data=2019-06-30"); // warm-up
            memory.Reset();
            var excel = new List<double>();
            for (var i = 0; i < iterations * 2; i++)
            {
                var (ms, bytes) = await TimeAsync(client, "/report/allegato6.xlsx?data=2019-06-30");
                excel.Add(ms);
                size = bytes;
            }
            Row(label, "Excel", excel, memory.PeakBytes, size);
            medians[$"xlsx{factor}"] = Median(excel);
        }
        using (var cached = new BenchmarkApp(cache: true))
        using (var client = cached.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }))
        {
            client.Timeout = TimeSpan.FromMinutes(30);
            await LoginAsync(client);
            await TimeAsync(client, "/report/allegato6.pdf?data=2019-06-30"); // rendered once, then kept
            await TimeAsync(client, "/report/allegato6.xlsx?data=2019-06-30");
            foreach (var (measure, url) in new[] { ("PDF from the cache", "/report/allegato6.pdf?data=2019-06-30"), ("Excel from the cache", "/report/allegato6.xlsx?data=2019-06-30") })
            {
                var times = new List<double>();
                var size = "";
                for (var i = 0; i < iterations * 2; i++)
                {
                    var (ms, bytes) = await TimeAsync(client, url);
                    times.Add(ms);
                    size = bytes;
                }
                Row("real (1×)", measure, times, 0, size);
            }
        }
        if (scale == 1) return;
        Console.WriteLine();
        foreach (var factor in medians.Keys.Where(k => k.StartsWith("pdf", StringComparison.Ordinal)).Select(k => int.Parse(k[3..], culture)).Where(f => f > 1))
        {
            Console.WriteLine($"Growth {factor}× data: PDF ×{(medians[$"pdf{factor}"] / medians["pdf1"]).ToString("0.0", culture)}, " +
                $"Excel ×{(medians[$"xlsx{factor}"] / medians["xlsx1"]).ToString("0.0", culture)} (linear = ×{factor}).");
        }

        int Arg(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }

        static double Median(List<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }

        void Row(string dataset, string measure, List<double> ms, long peak, string size) =>
            Console.WriteLine(string.Create(culture,
                $"| {dataset} | {measure} | {ms.Count} | {ms.Min():0} | {Median(ms):0} | {ms.Max():0} | {(peak > 0 ? (peak / 1024.0 / 1024.0).ToString("0", culture) : "–")} | {size} |"));

        static async Task<(double Ms, string Size)> TimeAsync(HttpClient client, string url)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
            var pages = url.Contains(".pdf", StringComparison.Ordinal)
                ? $"{System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(bytes), @"/Type\s*/Page[^s]")} pages, "
                : "";
            return (clock.Elapsed.TotalMilliseconds, $"{pages}{bytes.Length / 1024} KiB");
        }

        static async Task LoginAsync(HttpClient client)
        {
            var login = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
            var token = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "segreteria",
                ["Password"] = Cremona.Dup.Web.Data.Seeding.DemoOptions.DefaultPassword,
                ["__RequestVerificationToken"] = token,
            });
            using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
            if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("Login non riuscito");
        }
    }
}
