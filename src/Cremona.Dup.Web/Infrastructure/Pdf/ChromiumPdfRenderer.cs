using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>
/// Prints with Debian's headless Chromium through PuppeteerSharp (decisions §2): one browser per process, launched
/// lazily and relaunched when it disconnects; a new page per render; at most <see cref="PdfOptions.MaxConcurrentRenders"/>
/// documents at once, each printed in parts by <see cref="PdfOptions.PartsInParallel"/> tabs (one long document takes
/// Chromium more than its page count's share of time) and joined by <see cref="PdfAssembler"/>; a timeout. The header
/// is made of CSS page-margin boxes added to each part (not Chromium's header and footer templates, which are laid out
/// as a separate document for every page); it uses the document's own fonts.
/// </summary>
public sealed class ChromiumPdfRenderer : IPdfRenderer, IAsyncDisposable
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly PdfOptions options;
    private readonly ILogger<ChromiumPdfRenderer> logger;
    private readonly SemaphoreSlim renders;
    private readonly SemaphoreSlim launch = new(1, 1);
    private IBrowser? browser;

    public ChromiumPdfRenderer(IOptions<PdfOptions> options, ILogger<ChromiumPdfRenderer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.logger = logger;
        renders = new SemaphoreSlim(Math.Max(1, this.options.MaxConcurrentRenders));
    }

    /// <summary>The process id of the running Chromium, if one is running (logs, and the tests that kill it mid-render).</summary>
    public int? BrowserProcessId => browser?.Process?.Id;

    public async Task<byte[]> RenderAsync(PdfDocumentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        var ct = timeout.Token;
        try
        {
            await renders.WaitAsync(ct);
            try
            {
                return await RenderPartsAsync(await BrowserAsync(ct), request, ct);
            }
            finally
            {
                renders.Release();
            }
        }
        catch (Exception ex) when ((ex is OperationCanceledException && !cancellationToken.IsCancellationRequested) || ex is TimeoutException)
        {
            logger.LogError("PDF non generato entro {Seconds} s", options.TimeoutSeconds);
            throw new PdfEngineUnavailableException(
                "La generazione del PDF ha richiesto troppo tempo ed è stata interrotta. Riprovare tra qualche minuto.");
        }
        catch (PuppeteerException ex)
        {
            // A crashed or killed browser: forget it, the next request launches a new one.
            logger.LogError(ex, "Chromium non ha generato il PDF");
            await ForgetBrowserAsync();
            throw new PdfEngineUnavailableException(
                "Il motore di stampa dei PDF si è interrotto. Riprovare tra qualche minuto; se il problema persiste avvisare l'assistenza.", ex);
        }
    }

    // The body's parts, the index with placeholders and the cover are printed by PartsInParallel tabs; each part's HTML
    // is built just before its print, one at a time. Then the index is printed with the numbers (again, should its
    // page count have changed) and everything is joined.
    private async Task<byte[]> RenderPartsAsync(IBrowser chromium, PdfDocumentRequest request, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ct = failed.Token;
        using var tabs = new SemaphoreSlim(Math.Max(1, options.PartsInParallel));
        using var views = new SemaphoreSlim(1, 1);
        var printing = new List<Task<byte[]>>();
        var opened = new List<PdfPart>();
        try
        {
            // The body first: the short prints fill the tabs' gaps at its end.
            var parts = request.BodyPartsHtmlAsync.Select(part => Start(part, chrome: true, outline: true)).ToList();
            var placeholders = request.IndexHtmlAsync is { } indexHtml ? Start(c => indexHtml(null, c), chrome: true, outline: false) : null;
            var cover = request.CoverHtml is { } coverHtml ? Start(_ => Task.FromResult(coverHtml), chrome: false, outline: false) : null;
            var body = new List<PdfPart>();
            foreach (var part in parts) body.Add(Open(await part));
            var printed = clock.ElapsedMilliseconds;
            var numbered = new List<PdfPart>(body);
            if (placeholders is not null)
            {
                // The numbers have the placeholders' width, so the index keeps its page count; should it not, the
                // numbers are counted again with the new count.
                var indexPages = Open(await placeholders).PageCount;
                var pages = PdfAssembler.PageNumbers(body);
                for (var attempt = 1; ; attempt++)
                {
                    var numbers = pages.ToDictionary(p => p.Key, p => p.Value + indexPages, StringComparer.Ordinal);
                    var index = Open(await Start(c => request.IndexHtmlAsync!(numbers, c), chrome: true, outline: true));
                    if (index.PageCount == indexPages || attempt == 3)
                    {
                        numbered.Insert(0, index);
                        break;
                    }
                    logger.LogWarning("PDF: l'indice occupa {Pages} pagine invece di {Expected}: è ristampato", index.PageCount, indexPages);
                    indexPages = index.PageCount;
                }
            }
            var indexed = clock.ElapsedMilliseconds;
            var document = PdfAssembler.Assemble(cover is null ? null : Open(await cover), numbered, request.Bookmarks,
                request.Metadata, request.FooterFont);
            logger.LogInformation("PDF: {Parts} parti stampate in {Body} ms, indice {Index} ms, assemblaggio {Assemble} ms",
                parts.Count, printed, indexed - printed, clock.ElapsedMilliseconds - indexed);
            return document;
        }
        catch
        {
            // No print may outlive the request: the others are cancelled and awaited before the error goes up.
            await failed.CancelAsync();
            try { await Task.WhenAll(printing); }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The first error is the one reported; the others are its consequences.
                logger.LogDebug(ex, "Stampa interrotta dopo un errore");
            }
            throw;
        }
        finally
        {
            foreach (var part in opened) part.Dispose();
        }

        PdfPart Open(byte[] pdf)
        {
            var part = PdfPart.Open(pdf);
            opened.Add(part);
            return part;
        }

        Task<byte[]> Start(Func<CancellationToken, Task<string>> html, bool chrome, bool outline)
        {
            var task = Run();
            printing.Add(task);
            return task;

            async Task<byte[]> Run()
            {
                await tabs.WaitAsync(ct);
                try
                {
                    string content;
                    await views.WaitAsync(ct);
                    try { content = await html(ct); }
                    finally { views.Release(); }
                    return await PrintAsync(chromium, content, chrome ? request : null, outline, ct);
                }
                finally
                {
                    tabs.Release();
                }
            }
        }
    }

    // chrome: the request whose header the pages get (null: none and no margins, the cover).
    private async Task<byte[]> PrintAsync(IBrowser chromium, string html, PdfDocumentRequest? chrome, bool outline, CancellationToken ct)
    {
        var page = await chromium.NewPageAsync().WaitAsync(ct);
        try
        {
            // The HTML is ours and carries its fonts as data: URIs; no script runs while printing.
            await page.SetJavaScriptEnabledAsync(false).WaitAsync(ct);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await page.SetContentAsync(WithPageStyle(html, PageStyle(chrome)), new SetContentOptions
            {
                WaitUntil = [WaitUntilNavigation.Load],
                Timeout = options.TimeoutSeconds * 1000,
            }).WaitAsync(ct);
            var loaded = clock.ElapsedMilliseconds;
            var pdf = new PuppeteerSharp.PdfOptions
            {
                Format = PaperFormat.A4,
                PrintBackground = true,
                Tagged = true,
                Outline = outline,
                WaitForFonts = true,
                Timeout = options.TimeoutSeconds * 1000, // PuppeteerSharp's own default (30 s) is too short for 2,000 pages
                PreferCSSPageSize = true, // the margins are the @page rule's (PageStyle)
                MarginOptions = new MarginOptions { Top = "0", Bottom = "0", Left = "0", Right = "0" },
                DisplayHeaderFooter = false,
            };
            var result = await page.PdfDataAsync(pdf).WaitAsync(ct);
            logger.LogDebug("Chromium: {Chars} caratteri caricati in {Load} ms, PDF di {Bytes} byte in {Print} ms",
                html.Length, loaded, result.Length, clock.ElapsedMilliseconds - loaded);
            return result;
        }
        finally
        {
            await CloseQuietlyAsync(page);
        }
    }

    /// <summary>
    /// The page box: A4; without <paramref name="chrome"/> no margins (the cover fills its page); with it the body's
    /// margins and the header (ente at the left, title at the right, a rule below) as page-margin boxes, in the
    /// document's Titillium Web. The ente is bold (700) rather than semibold: a margin box gets only the faces the
    /// document has already loaded, and every body begins with a bold heading. The footer "Pagina X di Y" is drawn
    /// once the parts are joined (<see cref="PdfFooter"/>): no part knows its page numbers.
    /// </summary>
    public static string PageStyle(PdfDocumentRequest? chrome)
    {
        if (chrome is null) return "@page { size: A4; margin: 0; }";
        const string Box = "font-family: 'Titillium Web', sans-serif; font-size: 8pt; color: #333;";
        const string Rule = "vertical-align: bottom; padding-bottom: 1mm; margin-bottom: 3mm; border-bottom: .5pt solid #999;";
        return "@page { size: A4; margin: 22mm 18mm 18mm 18mm;"
            + $" @top-left {{ content: {CssString(chrome.HeaderLeft)}; {Box} {Rule} font-weight: 700; }}"
            + $" @top-right {{ content: {CssString(chrome.HeaderRight)}; {Box} {Rule} text-align: right; }} }}";
    }

    /// <summary>A CSS string literal: quotes, backslashes, angle brackets and control characters escaped by code point.</summary>
    public static string CssString(string text)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in text ?? "")
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c)) builder.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            else builder.Append(c);
        }
        return builder.Append('"').ToString();
    }

    private static string WithPageStyle(string html, string pageStyle)
    {
        var style = $"<style>{pageStyle}</style>";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? style + html : html.Insert(head, style);
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (browser is { IsConnected: true, IsClosed: false } ready) return ready;
        await launch.WaitAsync(ct);
        try
        {
            if (browser is { IsConnected: true, IsClosed: false } current) return current;
            await ForgetBrowserAsync();
            if (!File.Exists(options.ChromiumPath))
            {
                logger.LogError("Chromium non trovato in {Path}", options.ChromiumPath);
                throw new PdfEngineUnavailableException(
                    "Il motore di stampa dei PDF (Chromium) non è installato su questo server: il PDF non può essere generato. " +
                    "L'Excel resta disponibile; avvisare l'assistenza.");
            }
            try
            {
                var launched = await Puppeteer.LaunchAsync(new LaunchOptions
                {
                    ExecutablePath = options.ChromiumPath,
                    Headless = true,
                    Args = Flags,
                    Timeout = options.TimeoutSeconds * 1000,
                }).WaitAsync(ct);
                launched.Disconnected += (_, _) => logger.LogWarning("Chromium si è disconnesso: sarà riavviato alla prossima stampa");
                // The blank tab Chromium opens at launch keeps a renderer process alive (about 30 MiB) for nothing:
                // every print opens its own page.
                foreach (var blank in await launched.PagesAsync().WaitAsync(ct)) await CloseQuietlyAsync(blank);
                logger.LogInformation("Chromium avviato ({Path})", options.ChromiumPath);
                browser = launched;
                return launched;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Chromium non si avvia ({Path})", options.ChromiumPath);
                throw new PdfEngineUnavailableException(
                    "Il motore di stampa dei PDF (Chromium) non si avvia: il PDF non può essere generato. L'Excel resta disponibile; avvisare l'assistenza.", ex);
            }
        }
        finally
        {
            launch.Release();
        }
    }

    private async Task ForgetBrowserAsync()
    {
        var old = browser;
        browser = null;
        if (old is null) return;
        try { await old.DisposeAsync(); }
        catch (Exception ex) when (ex is PuppeteerException or IOException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Chiusura di Chromium non riuscita");
        }
    }

    private async Task CloseQuietlyAsync(IPage page)
    {
        try { await page.CloseAsync(); }
        catch (PuppeteerException ex) { logger.LogDebug(ex, "Pagina di stampa già chiusa"); }
    }

    public async ValueTask DisposeAsync()
    {
        await ForgetBrowserAsync();
        renders.Dispose();
        launch.Dispose();
    }
}
