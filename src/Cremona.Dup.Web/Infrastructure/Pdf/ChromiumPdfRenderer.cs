using System.Net;
using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>
/// Prints with Debian's headless Chromium through PuppeteerSharp (decisions §2): one browser per process, launched
/// lazily and relaunched when it disconnects; a new page per render; at most <see cref="PdfOptions.MaxConcurrentRenders"/>
/// documents at once; a timeout. Header and footer templates cannot load web fonts, so Chromium starts with a
/// <c>FONTCONFIG_FILE</c> that adds the Titillium Web folder.
/// </summary>
public sealed class ChromiumPdfRenderer : IPdfRenderer, IAsyncDisposable
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly PdfOptions options;
    private readonly string fontsFolder;
    private readonly ILogger<ChromiumPdfRenderer> logger;
    private readonly SemaphoreSlim renders;
    private readonly SemaphoreSlim launch = new(1, 1);
    private IBrowser? browser;

    public ChromiumPdfRenderer(IOptions<PdfOptions> options, IWebHostEnvironment environment, ILogger<ChromiumPdfRenderer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        this.options = options.Value;
        this.logger = logger;
        fontsFolder = this.options.FontsFolder
            ?? Path.Combine(environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot"),
                "lib", "bootstrap-italia", "fonts", "Titillium_Web");
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
                var chromium = await BrowserAsync(ct);
                Task<byte[]>? coverTask = request.CoverHtml is null ? null : PrintAsync(chromium, request.CoverHtml, null, ct);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var html = await request.BodyHtmlAsync(null, ct);
                var view = clock.ElapsedMilliseconds;
                byte[] body;
                if (request.PageNumbers)
                {
                    // First layout only to learn where each heading falls: everything else is laid out but not painted,
                    // so the page breaks are the same and printing costs a fraction.
                    var probe = await PrintAsync(chromium, html.Replace("</head>", ProbeStyle, StringComparison.Ordinal), null, ct, request);
                    body = await PrintAsync(chromium, await request.BodyHtmlAsync(PdfAssembler.BookmarkPages(probe), ct), request, ct);
                }
                else
                {
                    body = await PrintAsync(chromium, html, request, ct);
                }
                var printed = clock.ElapsedMilliseconds;
                var document = PdfAssembler.Assemble(coverTask is null ? null : await coverTask, body, request.Metadata, request.Headings);
                logger.LogInformation("PDF: vista {View} ms, stampa {Print} ms, assemblaggio {Assemble} ms",
                    view, printed - view, clock.ElapsedMilliseconds - printed);
                return document;
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

    private const string ProbeStyle =
        "<style>body * { visibility: hidden !important; } h1, h2, h3, h4, h5, h6, h1 *, h2 *, h3 *, h4 *, h5 *, h6 * { visibility: visible !important; }</style></head>";

    // chrome: the request whose header and footer the pages get (null: none, the cover);
    // margins: a request whose body margins apply without header and footer (the probe).
    private async Task<byte[]> PrintAsync(IBrowser chromium, string html, PdfDocumentRequest? chrome, CancellationToken ct,
        PdfDocumentRequest? margins = null)
    {
        var page = await chromium.NewPageAsync().WaitAsync(ct);
        try
        {
            // The HTML is ours and carries its fonts as data: URIs; no script runs while printing.
            await page.SetJavaScriptEnabledAsync(false).WaitAsync(ct);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await page.SetContentAsync(html, new SetContentOptions
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
                Outline = true,
                WaitForFonts = true,
                Timeout = options.TimeoutSeconds * 1000, // PuppeteerSharp's own default (30 s) is too short for 2,000 pages
                PreferCSSPageSize = false,
                MarginOptions = chrome is null && margins is null
                    ? new MarginOptions { Top = "0", Bottom = "0", Left = "0", Right = "0" }
                    : new MarginOptions { Top = "22mm", Bottom = "18mm", Left = "18mm", Right = "18mm" },
                DisplayHeaderFooter = chrome is not null,
            };
            if (chrome is not null)
            {
                pdf.HeaderTemplate = Header(chrome.HeaderLeft, chrome.HeaderRight);
                pdf.FooterTemplate = Footer;
            }
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

    private const string TemplateStyle =
        "font-family:'Titillium Web',sans-serif;font-size:8pt;color:#333;width:100%;margin:0 18mm;display:flex;justify-content:space-between;";

    private static string Header(string left, string right) =>
        $"<div style=\"{TemplateStyle}border-bottom:0.5pt solid #999;padding-bottom:1mm\"><span style=\"font-weight:600\">{WebUtility.HtmlEncode(left)}</span><span>{WebUtility.HtmlEncode(right)}</span></div>";

    private const string Footer =
        $"<div style=\"{TemplateStyle}justify-content:flex-end\"><span>Pagina <span class=\"pageNumber\"></span> di <span class=\"totalPages\"></span></span></div>";

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
                    Env = { ["FONTCONFIG_FILE"] = WriteFontConfig() },
                    Timeout = options.TimeoutSeconds * 1000,
                }).WaitAsync(ct);
                launched.Disconnected += (_, _) => logger.LogWarning("Chromium si è disconnesso: sarà riavviato alla prossima stampa");
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

    /// <summary>A fontconfig file with the system's fonts plus Titillium Web, for header and footer templates.</summary>
    private string WriteFontConfig()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cremona-dup-pdf");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "fonts.conf");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{WebUtility.HtmlEncode(fontsFolder)}</dir>
              <cachedir>{WebUtility.HtmlEncode(Path.Combine(folder, "cache"))}</cachedir>
            </fontconfig>
            """;
        if (!File.Exists(file) || File.ReadAllText(file) != xml) File.WriteAllText(file, xml);
        return file;
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
