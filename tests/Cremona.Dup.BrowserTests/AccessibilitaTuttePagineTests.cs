using System.Diagnostics;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Seeding;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Cremona.Dup.BrowserTests;

/// <summary>
/// axe-core (WCAG 2.1 A and AA) on every page each role can open, anonymous included, with one signed-in browser context
/// per role. The page list is checked against the app's own endpoints: a new GET page fails
/// <see cref="Every_GET_endpoint_is_visited_or_excluded_with_a_reason"/> until it is visited here or excluded with a reason.
/// </summary>
public sealed class AccessibilitaTuttePagineTests(BrowserAppFactory app, ITestOutputHelper output)
    : IClassFixture<BrowserAppFactory>, IAsyncLifetime
{
    private const string Responsabile = "carletti.ruggero";
    private const string Referente = "referente.carletti";
    private const string Aperta = "2019-12-31";
    private const string Chiusa = "2019-06-30";

    /// <summary>A page to check: the route template it is served by, the address, the status and a text it must show.</summary>
    public sealed record Pagina(string Route, string Url, int Status = 200, string? Mostra = null);

    /// <summary>GET endpoints that are not HTML pages, or pages that need a state this test does not build.</summary>
    private static readonly Dictionary<string, string> Esclusi = new(StringComparer.Ordinal)
    {
        ["health"] = "stato dell'applicazione in testo semplice per il monitoraggio, non una pagina",
        ["ente/logo"] = "immagine del logo dell'ente",
        ["indicatori.xlsx"] = "download Excel",
        ["indicatori.csv"] = "download CSV",
        ["report/allegato6.pdf"] = "download PDF",
        ["report/allegato6.xlsx"] = "download Excel",
        ["piano/modello.xlsx"] = "download Excel; la sua pagina di errore è la pagina /piano/importa (ImportazioneBrowserTests)",
        ["piano/importa/{id:guid}"] = "anteprima di un file caricato: controllata con modifiche e con errori da ImportazioneBrowserTests",
        ["piano/importa/{id:guid}/esito"] = "esito di un'importazione applicata (cambia il piano): controllato da ImportazioneBrowserTests",
    };

    private static readonly string[] TuttiIRuoli = ["anonimo", "segreteria", "controllo", "admin", Responsabile, Referente];

    public static TheoryData<string> Ruoli => new(TuttiIRuoli);

    private Dictionary<string, string> segnaposti = new(StringComparer.Ordinal);
    private string mioObiettivo = "";

    /// <summary>Every page of one role; <c>{…}</c> are filled from the demo data in <see cref="InitializeAsync"/>.</summary>
    public static IEnumerable<Pagina> Pagine(string ruolo)
    {
        if (ruolo == "anonimo")
        {
            yield return new("Account/Login", "/Account/Login", Mostra: "Accedi");
            yield return new("errore/{code:int}", "/errore/404", 404, "Pagina non trovata");
            yield return new("errore/{code:int}", "/errore/403", 403, "Accesso non consentito");
            yield return new("errore", "/errore", 500);
            yield break;
        }

        var responsabile = ruolo is Responsabile or Referente;
        // Pages every signed-in account opens.
        yield return new("", "/", Mostra: responsabile ? "In bozza" : null);
        yield return new("programmi", "/programmi");
        yield return new("programmi/{codice}", "/programmi/1.02");
        yield return new("obiettivi/{codice}", "/obiettivi/{obiettivo}");
        yield return new("obiettivi/{codice}/storia", "/obiettivi/{obiettivo}/storia");
        yield return new("indicatori", "/indicatori?ordina=raggiungimento&verso=desc");
        yield return new("indicatori/missioni", "/indicatori/missioni");
        yield return new("indicatori/{id:int}", "/indicatori/{indicatore}");
        yield return new("partecipate", "/partecipate");
        yield return new("partecipate/{id:int}", "/partecipate/{partecipata}");
        yield return new("cerca", "/cerca?q=progetti", Mostra: "Obiettivi operativi");
        yield return new("notifiche", "/notifiche");
        // A referente drafts for a responsabile but has no role: the report is not theirs.
        yield return ruolo == Referente ? new("errore/{code:int}", "/report", 403) : new("report", "/report?data=" + Aperta);
        yield return new("account/cambia-password", "/account/cambia-password");
        yield return new("rilevazioni/{data}/obiettivi/{codice}", $"/rilevazioni/{Aperta}/obiettivi/{{obiettivo}}",
            Mostra: responsabile ? "In bozza" : null);
        yield return new("rilevazioni/{data}/obiettivi/{codice}", $"/rilevazioni/{Chiusa}/obiettivi/{{obiettivo}}", Mostra: "chiusa");
        yield return new("errore/{code:int}", "/obiettivi/Z99", 404, "Pagina non trovata");
        yield return new("errore/{code:int}", ruolo == "admin" ? "/rilevazioni" : "/amministrazione/utenti", 403);

        if (ruolo is "controllo" or "admin")
            yield return new("indicatori/impostazioni", "/indicatori/impostazioni");

        if (ruolo == "segreteria")
        {
            yield return new("rilevazioni", "/rilevazioni");
            yield return new("rilevazioni/nuova", "/rilevazioni/nuova");
            yield return new("rilevazioni/{data}", $"/rilevazioni/{Aperta}", Mostra: "In bozza");
            yield return new("rilevazioni/{data}", $"/rilevazioni/{Chiusa}");
            yield return new("rilevazioni/{data}/modifica", $"/rilevazioni/{Aperta}/modifica");
            yield return new("rilevazioni/{data}/chiudi", $"/rilevazioni/{Aperta}/chiudi");
            yield return new("rilevazioni/{data}/riapri", $"/rilevazioni/{Chiusa}/riapri");
            yield return new("rilevazioni/{data}/solleciti", $"/rilevazioni/{Aperta}/solleciti");
            yield return new("rilevazioni/{data}/obiettivi/{codice}/restituisci", $"/rilevazioni/{Aperta}/obiettivi/C06/restituisci");
            yield return new("rilevazioni/{data}/obiettivi/{codice}/riapri", $"/rilevazioni/{Chiusa}/obiettivi/C06/riapri");
            yield return new("piano", "/piano?ritirati=true");
            yield return new("piano/missioni/{numero:int}", "/piano/missioni/1");
            yield return new("piano/missioni/{numero:int}/programmi/nuovo", "/piano/missioni/1/programmi/nuovo");
            yield return new("piano/programmi/{codice}", "/piano/programmi/1.02");
            yield return new("piano/programmi/{codice}/obiettivi/nuovo", "/piano/programmi/1.02/obiettivi/nuovo");
            yield return new("piano/strategici/nuovo", "/piano/strategici/nuovo");
            yield return new("piano/strategici/{codice}", "/piano/strategici/B01");
            yield return new("piano/obiettivi/{codice}", "/piano/obiettivi/C06");
            yield return new("piano/obiettivi/{codice}/indicatori/nuovo", "/piano/obiettivi/C06/indicatori/nuovo");
            yield return new("piano/indicatori/{id:int}", "/piano/indicatori/{indicatore}");
            yield return new(ConfermaPiano, "/piano/obiettivi/C06/ritira", Mostra: "Ritirare");
            yield return new("piano/nuovo-anno", "/piano/nuovo-anno");
            yield return new("piano/importa", "/piano/importa");
        }

        if (ruolo == "admin")
        {
            yield return new("amministrazione/utenti", "/amministrazione/utenti");
            yield return new("amministrazione/utenti/nuovo", "/amministrazione/utenti/nuovo");
            yield return new("amministrazione/utenti/{id}", "/amministrazione/utenti/{utente}", Mostra: "Referente");
            yield return new("amministrazione/impostazioni", "/amministrazione/impostazioni");
        }
    }

    private const string ConfermaPiano =
        "piano/{voce:regex(^(programmi|strategici|obiettivi|indicatori)$)}/{chiave}/{azione:regex(^(ritira|ripristina|elimina)$)}";

    public async Task InitializeAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var carletti = await db.Users.Where(u => u.UserName == Responsabile).Select(u => new { u.Id, u.ResponsabileId }).SingleAsync();
        var aperta = DateOnly.Parse(Aperta, System.Globalization.CultureInfo.InvariantCulture);

        // A draft of the responsabile, so that the "In bozza" badge is on the home page, the form and the dashboard.
        var items = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
            .Where(r => r.Rilevazione.Data == aperta).ToListAsync();
        var bozza = items.Where(r => r.Obiettivo.ResponsabileGestionaleId == carletti.ResponsabileId).OrderBy(r => r.Obiettivo.Codice).First();
        mioObiettivo = bozza.Obiettivo.Codice;
        if (bozza.Stato == StatoCompilazione.DaCompilare) bozza.Update("Bozza dello stato di attuazione.", null);
        // Other states on the dashboard, and C06 sent, so that Segreteria may return it.
        var c06 = items.Single(r => r.Obiettivo.Codice == "C06");
        if (c06.Stato == StatoCompilazione.DaCompilare)
        {
            c06.Update("Stato di attuazione di prova.", null);
            c06.Invia(DateTime.UtcNow, "test");
        }

        // A referente of the responsabile (the demo has none): an account with no role that drafts his obiettivi.
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(Referente) is null)
        {
            var referente = new AppUser { UserName = Referente, NomeCompleto = "Referente di Carletti Ruggero", Email = "referente@cremona.example" };
            (await users.CreateAsync(referente, DemoOptions.DefaultPassword)).Succeeded.Should().BeTrue();
            db.Referenti.Add(new Referente(referente.Id, carletti.ResponsabileId!.Value));
            db.Notifiche.Add(new Notifica(referente.Id, DateTime.UtcNow, "Obiettivo da compilare",
                "La rilevazione **Annuale 2019** è aperta.", "/"));
        }
        await db.SaveChangesAsync();

        var indicatoreC06 = await db.Indicatori.Where(i => i.Obiettivo.Codice == "C06").OrderBy(i => i.Ordine).Select(i => i.Id).FirstAsync();
        var mioIndicatore = await db.Indicatori.Where(i => i.Obiettivo.Codice == mioObiettivo).OrderBy(i => i.Ordine).Select(i => i.Id).FirstAsync();
        segnaposti = new(StringComparer.Ordinal)
        {
            ["{partecipata}"] = (await db.OrganismiPartecipati.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{utente}"] = await db.Users.Where(u => u.UserName == Referente).Select(u => u.Id).SingleAsync(),
            ["{indicatoreC06}"] = indicatoreC06.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{mioIndicatore}"] = mioIndicatore.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string Indirizzo(string ruolo, string url)
    {
        var responsabile = ruolo is Responsabile or Referente;
        url = url.Replace("{obiettivo}", responsabile ? mioObiettivo : "C06", StringComparison.Ordinal)
            .Replace("{indicatore}", responsabile ? "{mioIndicatore}" : "{indicatoreC06}", StringComparison.Ordinal);
        foreach (var (key, value) in segnaposti) url = url.Replace(key, value, StringComparison.Ordinal);
        return url;
    }

    [Theory]
    [MemberData(nameof(Ruoli))]
    public async Task Every_page_of_the_role_has_no_WCAG_21_AA_violations(string ruolo)
    {
        var watch = Stopwatch.StartNew();
        var page = await app.NewPageAsync();
        if (ruolo != "anonimo") await BrowserAppFactory.LoginAsync(page, ruolo);
        var problemi = new List<string>();
        var pagine = Pagine(ruolo).ToList();
        foreach (var pagina in pagine)
        {
            var url = Indirizzo(ruolo, pagina.Url);
            var response = await page.GotoAsync(url);
            if (response!.Status != pagina.Status)
            {
                problemi.Add($"{url}: stato {response.Status} invece di {pagina.Status}");
                continue;
            }
            if (!page.Url.EndsWith(url, StringComparison.Ordinal))
                problemi.Add($"{url}: rediretto a {page.Url}");
            if (pagina.Mostra is { } testo && !(await page.InnerTextAsync("main")).Contains(testo, StringComparison.Ordinal))
                problemi.Add($"{url}: manca «{testo}»");
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            problemi.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{url}: {v}"));
        }
        output.WriteLine($"{ruolo}: {pagine.Count} pagine in {watch.Elapsed.TotalSeconds:0.0} s");
        pagine.Should().NotBeEmpty();
        string.Join(Environment.NewLine, problemi).Should().BeEmpty($"every page of {ruolo} meets WCAG 2.1 AA");
    }

    /// <summary>
    /// The same pages under the app's real Content-Security-Policy (no inline script, no inline style): Chromium reports
    /// every refused script or style on the console, and none may be reported. The axe test above bypasses the CSP to
    /// inject axe-core, so it cannot see this.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ruoli))]
    public async Task Every_page_of_the_role_runs_under_the_CSP_without_refusals(string ruolo)
    {
        var page = await app.NewPageAsync(bypassCsp: false);
        var rifiuti = new List<string>();
        var url = "";
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) rifiuti.Add($"{url}: {message.Text}");
        };
        page.PageError += (_, error) => rifiuti.Add($"{url}: {error}");
        if (ruolo != "anonimo") await BrowserAppFactory.LoginAsync(page, ruolo);
        foreach (var pagina in Pagine(ruolo))
        {
            url = Indirizzo(ruolo, pagina.Url);
            (await page.GotoAsync(url))!.Status.Should().Be(pagina.Status, url);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        }
        if (ruolo == "segreteria")
        {
            // The progress bars get their width from site.js (data-percentuale), not from a style attribute.
            await page.GotoAsync($"/rilevazioni/{Aperta}");
            var barre = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.progress-bar[data-percentuale]')].map(b => b.dataset.percentuale + '% ' + b.style.width)");
            barre.Should().NotBeEmpty().And.OnlyContain(b => b.Split(' ', StringSplitOptions.None)[0] == b.Split(' ', StringSplitOptions.None)[1]);
        }
        string.Join(Environment.NewLine, rifiuti).Should().BeEmpty($"no page of {ruolo} needs an inline script or style");
    }

    /// <summary>WCAG 1.4.10: at phone width nothing scrolls sideways but the data tables, each in its own scrolling region.</summary>
    [Theory]
    [InlineData("/obiettivi/C06")]
    [InlineData("/obiettivi/{obiettivo}")]
    [InlineData("/rilevazioni/2019-12-31/obiettivi/{obiettivo}")]
    [InlineData("/")]
    [InlineData("/programmi/1.02")]
    public async Task At_390_px_the_page_reflows_without_horizontal_scrolling_and_has_no_violations(string url)
    {
        var page = await app.NewPageAsync(width: 390, height: 844);
        await BrowserAppFactory.LoginAsync(page, Responsabile);
        url = Indirizzo(Responsabile, url);
        (await page.GotoAsync(url))!.Status.Should().Be(200);
        // What sticks out, scroll containers' contents aside (they scroll in place), to say why when it fails.
        var larghi = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.parentElement.closest('.table-responsive'))
              .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.'))
            """);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should()
            .BeLessThanOrEqualTo(390, $"{url} does not scroll sideways ({string.Join(", ", larghi)})");
        (await Axe.ViolationsAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public void Every_GET_endpoint_is_visited_or_excluded_with_a_reason()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } m || m.HttpMethods.Contains(HttpMethods.Get))
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);
        var pagine = TuttiIRuoli.SelectMany(Pagine).ToList();
        var visitate = pagine.Select(p => p.Route).ToHashSet(StringComparer.Ordinal);

        endpoints.Except(visitate).Except(Esclusi.Keys).Should().BeEmpty("every GET page is checked by axe or excluded with a reason");
        visitate.Concat(Esclusi.Keys).Except(endpoints).Should().BeEmpty("the list names only routes that exist");
        visitate.Intersect(Esclusi.Keys).Should().BeEmpty("a route is either visited or excluded");

        // Each address is really served by the route it is listed under (error pages are re-executed, so not them).
        foreach (var pagina in pagine.Where(p => p.Status == 200))
        {
            var matcher = new TemplateMatcher(TemplateParser.Parse(pagina.Route), new RouteValueDictionary());
            var path = pagina.Url.Split('?')[0];
            matcher.TryMatch(path, new RouteValueDictionary()).Should().BeTrue($"{pagina.Url} is served by {pagina.Route}");
        }
    }
}
