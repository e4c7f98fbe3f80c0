using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Cremona.Dup.Benchmarks;

/// <summary>
/// The bounded load run of issue 8, on loopback only: the real application (Release build) runs as its own process on
/// 127.0.0.1 with a new SQLite database and the demo data; N logged-in users (default 50), each a responsabile with
/// one obiettivo of the open round, browse the plan pages, the indicator explorer and their data-entry form, and save
/// drafts (GET and POST, with the real antiforgery token and version) for a fixed time (default 60 s), with a think
/// time between requests; a separate probe times /health in the same run. Prints the latency percentiles per page
/// kind, the errors, and the verdict against the targets. Usage:
///   dotnet run -c Release --project benchmarks/Cremona.Dup.Benchmarks -- --load [--users 50] [--seconds 60] [--think-ms 1000]
/// </summary>
public static partial class LoadRun
{
    private const string Round = "2019-12-31";

    public static async Task RunAsync(string[] args)
    {
        var users = Arg(args, "--users", 50);
        var seconds = Arg(args, "--seconds", 60);
        var think = Arg(args, "--think-ms", 1000);
        if (users is < 1 or > 500 || seconds is < 5 or > 600 || think is < 0 or > 10_000)
            throw new ArgumentException("--users 1..500, --seconds 5..600, --think-ms 0..10000");

        var root = RepositoryRoot();
        var web = Path.Combine(root, "src", "Cremona.Dup.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "Cremona.Dup.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the app in Release first (dotnet run -c Release builds it).", dll);
        var data = Directory.CreateTempSubdirectory("cremona-dup-load-").FullName;
        var port = FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");

        Console.WriteLine($"# Cremona.Dup load run – {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} core, .NET {Environment.Version}");
        Console.WriteLine($"{users} users, {seconds} s, think time {think} ms ± 50 %, app at {baseUri} (Production, demo data, SQLite in {data})");

        using var app = StartApp(dll, web, data, baseUri);
        var completed = false;
        try
        {
            var started = Stopwatch.StartNew();
            await WaitHealthyAsync(baseUri, app, TimeSpan.FromMinutes(3));
            Console.WriteLine($"App healthy after {started.Elapsed.TotalSeconds:0.0} s (start, migrations, demo seeding).");

            var plan = ReadPlan(Path.Combine(data, "cremona-dup.db"));
            if (plan.Assignments.Count == 0) throw new InvalidOperationException("No obiettivo of the open round can be edited by a demo responsabile.");

            var stats = new Stats();
            var clients = new List<VirtualUser>();
            for (var i = 0; i < users; i++)
            {
                var (codice, userName) = plan.Assignments[i % plan.Assignments.Count];
                var user = new VirtualUser(baseUri, userName, codice, plan, new Random(1000 + i), stats, think);
                await user.LoginAsync();
                clients.Add(user);
            }
            Console.WriteLine($"{clients.Count} users logged in on {clients.Select(c => c.Codice).Distinct().Count()} obiettivi; running…");

            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var clock = Stopwatch.StartNew();
            var tasks = clients.Select(c => c.RunAsync(stop.Token)).ToList();
            tasks.Add(ProbeHealthAsync(baseUri, stats, stop.Token));
            await Task.WhenAll(tasks);
            clock.Stop();
            foreach (var c in clients) c.Dispose();

            Report(stats, clock.Elapsed);
            completed = true;
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            if (completed) Directory.Delete(data, recursive: true);
            else Console.Error.WriteLine($"The run did not complete: the app's database and console log are kept in {data}.");
        }
    }

    private static void Report(Stats stats, TimeSpan elapsed)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("| request | n | errors | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (kind, times) in stats.Times.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var sorted = times.Order().ToList();
            Console.WriteLine(string.Create(culture,
                $"| {kind} | {sorted.Count} | {stats.ErrorsOf(kind)} | {P(sorted, 50):0.0} | {P(sorted, 95):0.0} | {P(sorted, 99):0.0} | {sorted[^1]:0.0} |"));
        }
        var pages = stats.Times.Where(k => k.Key != Stats.Health).SelectMany(k => k.Value).Order().ToList();
        var health = stats.Times.TryGetValue(Stats.Health, out var h) ? h.Order().ToList() : [];
        var errors = stats.Errors.Count;
        Console.WriteLine(string.Create(culture,
            $"| **all pages** | {pages.Count} | {errors} | {P(pages, 50):0.0} | {P(pages, 95):0.0} | {P(pages, 99):0.0} | {(pages.Count > 0 ? pages[^1] : 0):0.0} |"));
        Console.WriteLine();
        var p95 = P(pages, 95);
        var healthP95 = P(health, 95);
        Console.WriteLine(string.Create(culture, $"Throughput: {pages.Count / elapsed.TotalSeconds:0.0} page requests/s over {elapsed.TotalSeconds:0} s."));
        Console.WriteLine(string.Create(culture, $"Errors: {errors} (target 0) → {(errors == 0 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(culture, $"p95 of all pages: {p95:0.0} ms (target ≤ 100 ms) → {(p95 <= 100 ? "met" : "MISSED")}"));
        Console.WriteLine(string.Create(culture,
            $"p95 / p95 of /health: {p95:0.0} / {healthP95:0.0} = ×{(healthP95 > 0 ? p95 / healthP95 : double.NaN):0.0} (target ≤ ×5) → {(healthP95 > 0 && p95 <= 5 * healthP95 ? "met" : "MISSED")}"));
        foreach (var e in stats.Errors.Take(10)) Console.WriteLine($"  error: {e}");
    }

    private static double P(List<double> sorted, double percentile)
    {
        if (sorted.Count == 0) return 0;
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static async Task ProbeHealthAsync(Uri baseUri, Stats stats, CancellationToken stop)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = baseUri };
        while (!stop.IsCancellationRequested)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                stats.Add(Stats.Health, clock.Elapsed.TotalMilliseconds, response.StatusCode == HttpStatusCode.OK ? null : $"/health {(int)response.StatusCode}");
            }
            catch (HttpRequestException ex)
            {
                stats.Add(Stats.Health, clock.Elapsed.TotalMilliseconds, $"/health {ex.Message}");
            }
            try { await Task.Delay(100, stop); }
            catch (OperationCanceledException) { break; }
        }
    }

    private static Process StartApp(string dll, string web, string data, Uri baseUri)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { dll, "--urls", baseUri.ToString().TrimEnd('/'), "--contentRoot", web }) start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["App__DataFolder"] = data;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["Sicurezza__LoginPerMinuto"] = "100000"; // 50 users log in from loopback at once
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var log = new StreamWriter(Path.Combine(data, "app-console.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.Exited += (_, _) => { lock (log) log.Dispose(); };
        process.EnableRaisingEvents = true;
        return process;
    }

    private static async Task WaitHealthyAsync(Uri baseUri, Process app, TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (app.HasExited) throw new InvalidOperationException($"The app exited with code {app.ExitCode} (see app-console.log).");
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* starting */ }
            await Task.Delay(100);
        }
        throw new TimeoutException("The app did not become healthy.");
    }

    private static Plan ReadPlan(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        List<T> Read<T>(string sql, Func<SqliteDataReader, T> row)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var list = new List<T>();
            while (reader.Read()) list.Add(row(reader));
            return list;
        }
        // One editable obiettivo per user: obiettivi of the open round not yet sent, with their responsabile's account.
        var assignments = Read(
            "SELECT o.Codice, u.UserName FROM RilevazioniObiettivi ro " +
            "JOIN Rilevazioni r ON r.Id = ro.RilevazioneId " +
            "JOIN ObiettiviOperativi o ON o.Id = ro.ObiettivoOperativoId " +
            "JOIN AspNetUsers u ON u.ResponsabileId = o.ResponsabileGestionaleId " +
            $"WHERE r.Data = '{Round}' AND ro.Stato IN ('DaCompilare', 'Bozza', 'Restituito') ORDER BY o.Id",
            r => (r.GetString(0), r.GetString(1)));
        return new Plan(assignments,
            Read("SELECT Codice FROM Programmi", r => r.GetString(0)),
            Read("SELECT Codice FROM ObiettiviOperativi", r => r.GetString(0)),
            // The explorer shows a responsabile only the indicators of their own obiettivi (others get 404, on purpose).
            Read("SELECT i.Id, u.UserName FROM Indicatori i " +
                 "JOIN ObiettiviOperativi o ON o.Id = i.ObiettivoOperativoId " +
                 "JOIN AspNetUsers u ON u.ResponsabileId = o.ResponsabileGestionaleId",
                r => (r.GetInt32(0), r.GetString(1)))
                .GroupBy(x => x.Item2, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Item1).ToList(), StringComparer.Ordinal));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cremona.Dup.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Cremona.Dup.sln not found above " + AppContext.BaseDirectory);
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed record Plan(List<(string Codice, string UserName)> Assignments, List<string> Programmi,
        List<string> Obiettivi, Dictionary<string, List<int>> IndicatoriPerUtente);

    private sealed class Stats
    {
        public const string Health = "/health (probe)";
        public ConcurrentDictionary<string, ConcurrentBag<double>> Times { get; } = new(StringComparer.Ordinal);
        public ConcurrentQueue<string> Errors { get; } = new();
        private readonly ConcurrentDictionary<string, int> errorsByKind = new(StringComparer.Ordinal);

        public void Add(string kind, double ms, string? error)
        {
            Times.GetOrAdd(kind, _ => []).Add(ms);
            if (error is null) return;
            Errors.Enqueue(error);
            errorsByKind.AddOrUpdate(kind, 1, (_, n) => n + 1);
        }

        public int ErrorsOf(string kind) => errorsByKind.GetValueOrDefault(kind);
    }

    /// <summary>One logged-in user with its own connection and cookies (handled by hand: the cookies are Secure).</summary>
    private sealed partial class VirtualUser(Uri baseUri, string userName, string codice, Plan plan, Random random, Stats stats, int think)
        : IDisposable
    {
        private readonly HttpClient client = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = baseUri,
            Timeout = TimeSpan.FromSeconds(30),
        };
        private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);
        private int saves;

        public string Codice => codice;

        public async Task LoginAsync()
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var (_, login, _) = await SendAsync(HttpMethod.Get, "/Account/Login", null);
                using var response = await SendRawAsync(HttpMethod.Post, "/Account/Login", new Dictionary<string, string>
                {
                    ["UserName"] = userName,
                    ["Password"] = Cremona.Dup.Web.Data.Seeding.DemoOptions.DefaultPassword,
                    ["__RequestVerificationToken"] = Token(login),
                });
                if (response.StatusCode == HttpStatusCode.Redirect) return;
                if (response.StatusCode != HttpStatusCode.TooManyRequests)
                    throw new InvalidOperationException($"Login of {userName}: {(int)response.StatusCode}");
                // The login limiter counts per address and everyone here is 127.0.0.1: wait as told and retry.
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5));
            }
            throw new InvalidOperationException($"Login of {userName}: still limited");
        }

        public async Task RunAsync(CancellationToken stop)
        {
            // Users do not all start at the same instant.
            if (!await ThinkAsync(random.Next(0, Math.Max(1, think)), stop)) return;
            while (!stop.IsCancellationRequested)
            {
                var step = random.Next(100);
                if (step < 15) await TimedGetAsync("home", "/");
                else if (step < 30) await TimedGetAsync("programma", "/programmi/" + Pick(plan.Programmi));
                else if (step < 50) await TimedGetAsync("obiettivo", "/obiettivi/" + Pick(plan.Obiettivi));
                else if (step < 60) await TimedGetAsync("explorer list", "/indicatori");
                else if (step < 70 && plan.IndicatoriPerUtente.TryGetValue(userName, out var own) && own.Count > 0)
                    await TimedGetAsync("explorer indicator", "/indicatori/" + Pick(own).ToString(CultureInfo.InvariantCulture));
                else if (step < 70) await TimedGetAsync("explorer list", "/indicatori");
                else if (!await DataEntryAsync(stop)) return;
                if (!await ThinkAsync(think / 2 + random.Next(0, think + 1), stop)) return;
            }
        }

        // The form, a pause to type, the save (302), the form again with the confirmation.
        private async Task<bool> DataEntryAsync(CancellationToken stop)
        {
            var url = $"/rilevazioni/{Round}/obiettivi/{codice}";
            var form = await TimedGetAsync("data-entry form (GET)", url);
            if (form is null) return true;
            if (!await ThinkAsync(think / 2 + random.Next(0, think + 1), stop)) return false;
            var fields = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Token(form),
                ["Version"] = VersionField().Match(form).Groups[1].Value,
                ["StatoAttuazione"] = $"Stato di attuazione scritto dalla prova di carico ({userName}, salvataggio {++saves}).",
                ["AzioniCorrettive"] = "Nessuna.",
                ["Azione"] = "salva",
            };
            foreach (Match m in IndicatoreField().Matches(form))
            {
                fields[$"Valori[{m.Groups[1].Value}].IndicatoreId"] = m.Groups[2].Value;
                fields[$"Valori[{m.Groups[1].Value}].Consuntivo"] = (random.Next(0, 10000) / 100m).ToString("0.##", CultureInfo.GetCultureInfo("it-IT"));
            }
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await SendRawAsync(HttpMethod.Post, url, fields);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                var error = response.StatusCode == HttpStatusCode.Redirect ? null
                    : $"POST {url} as {userName}: {(int)response.StatusCode} {Excerpt(body)}";
                stats.Add("data-entry save (POST)", clock.Elapsed.TotalMilliseconds, error);
                if (error is null) await TimedGetAsync("data-entry form (GET)", response.Headers.Location!.OriginalString);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                stats.Add("data-entry save (POST)", clock.Elapsed.TotalMilliseconds, $"POST {url}: {ex.Message}");
            }
            return true;
        }

        private async Task<string?> TimedGetAsync(string kind, string url)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var (status, body, _) = await SendAsync(HttpMethod.Get, url, null);
                stats.Add(kind, clock.Elapsed.TotalMilliseconds, status == HttpStatusCode.OK ? null : $"GET {url} as {userName}: {(int)status}");
                return status == HttpStatusCode.OK ? body : null;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                stats.Add(kind, clock.Elapsed.TotalMilliseconds, $"GET {url}: {ex.Message}");
                return null;
            }
        }

        private async Task<(HttpStatusCode Status, string Body, Uri? Location)> SendAsync(HttpMethod method, string url, Dictionary<string, string>? form)
        {
            using var response = await SendRawAsync(method, url, form);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(CancellationToken.None), response.Headers.Location);
        }

        private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string url, Dictionary<string, string>? form)
        {
            using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
            if (form is not null) request.Content = new FormUrlEncodedContent(form);
            if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
            // Never cancelled mid-request: the run's end lets the last requests finish, so none is counted as an error.
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var header in setCookies)
                {
                    var pair = header.Split(';', 2)[0];
                    var eq = pair.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0) continue;
                    var (name, value) = (pair[..eq].Trim(), pair[(eq + 1)..].Trim());
                    if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) cookies.Remove(name);
                    else cookies[name] = value;
                }
            }
            return response;
        }

        private T Pick<T>(List<T> items) => items[random.Next(items.Count)];

        private static async Task<bool> ThinkAsync(int ms, CancellationToken stop)
        {
            try
            {
                await Task.Delay(ms, stop);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        private static string Token(string html)
        {
            var m = TokenField().Match(html);
            if (!m.Success) throw new InvalidOperationException("No antiforgery token in the page.");
            return m.Groups[1].Value;
        }

        private static string Excerpt(string body)
        {
            var alert = AlertText().Match(body);
            return alert.Success ? Regex.Replace(alert.Groups[1].Value, @"\s+", " ").Trim() : "";
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenField();

        [GeneratedRegex("name=\"Version\"[^>]*value=\"([^\"]+)\"")]
        private static partial Regex VersionField();

        [GeneratedRegex("name=\"Valori\\[(\\d+)\\]\\.IndicatoreId\" value=\"(\\d+)\"")]
        private static partial Regex IndicatoreField();

        [GeneratedRegex("class=\"[^\"]*invalid-feedback[^\"]*\"[^>]*>([^<]{0,200})")]
        private static partial Regex AlertText();

        public void Dispose() => client.Dispose();
    }
}
