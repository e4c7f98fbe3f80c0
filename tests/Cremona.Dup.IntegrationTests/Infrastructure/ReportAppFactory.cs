using System.Net;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>
/// The app plus the full Allegato 6 PDF of the closed round, rendered once for the whole test class (a full render
/// takes seconds on two cores), and further files fetched once on demand. Its test classes run in the
/// <see cref="PdfRenders"/>, alone, so that the render does not compete for the CPU with the parallel classes.
/// </summary>
public class ReportAppFactory : DupAppFactory, IAsyncLifetime
{
    private readonly Dictionary<string, Task<Download>> downloads = [];

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Pdf:TimeoutSeconds"] = "540" };

    public Task<Download> DownloadAsync(string user, string url)
    {
        lock (downloads)
        {
            var key = user + " " + url;
            if (!downloads.TryGetValue(key, out var task)) downloads[key] = task = FetchAsync(user, url);
            return task;
        }
    }

    private async Task<Download> FetchAsync(string user, string url)
    {
        using var client = CreateBrowserClient();
        client.Timeout = TimeSpan.FromMinutes(10); // a slow CI machine; the app's own Pdf:TimeoutSeconds still applies
        (await client.LoginAsync(user, TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new Download(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName,
            response.Headers.TryGetValues("X-Cache", out var cache) ? cache.Single() : null, bytes);
    }

    public Task InitializeAsync() => DownloadAsync(TestUsers.Segreteria, "/report/allegato6.pdf?data=2019-06-30");

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public sealed record Download(HttpStatusCode Status, string? ContentType, string? FileName, string? Cache, byte[] Content);
}

/// <summary>The same, with the PDF's body printed one programma per part (<c>Report:PartSize</c> 1).</summary>
public sealed class ReportUnProgrammaPerParteFactory : ReportAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Report:PartSize"] = "1" };
}

/// <summary>Test classes that render full PDFs with Chromium: run after the parallel classes, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PdfRenders
{
    public const string Name = "PDF";
}
