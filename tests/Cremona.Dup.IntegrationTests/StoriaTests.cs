using System.Globalization;
using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Interceptors;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Obiettivi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// <c>GET /obiettivi/{codice}/storia</c>: changes made through the domain (in a scope, so by "sistema") shown newest
/// first, grouped by save, in Italian, with word-level differences. Each test changes an obiettivo of its own.
/// </summary>
public sealed class StoriaTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private static readonly DateOnly Annuale = new(2019, 12, 31);
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    [Fact]
    public async Task The_history_shows_each_save_newest_first_with_user_round_fields_values_and_differences()
    {
        await ChangeAsync("C06", item =>
        {
            item.Update("Nel secondo semestre sono stati presentati 12 progetti.", "Nessuna.");
            var copertura = item.Obiettivo.Indicatori.Single(i => i.Nome == "Grado di copertura dei progetti");
            item.SetValore(copertura, 1234.56m, "Dato provvisorio.");
        });
        await ChangeAsync("C06", item =>
        {
            item.Update("Nel secondo semestre sono stati finanziati 14 progetti.", "Nessuna.");
            item.Invia(DateTime.UtcNow, "di.girolamo.gabriella");
        });

        using var client = await app.LoginAsync(TestUsers.Controllo);
        var page = await client.GetDocumentAsync("/obiettivi/C06/storia");

        page.QuerySelector("h1")!.TextContent.Should().Be("Storia delle modifiche");
        page.QuerySelector("p.lead")!.TextContent.Should().Be("C06 – REPERIRE RISORSE A SOSTEGNO DEI PROGETTI DELL'ENTE");
        var saves = page.QuerySelectorAll("section.storia-salvataggio");
        saves.Should().HaveCount(2);

        var times = await SaveTimesAsync("C06");
        var newest = saves[0];
        newest.QuerySelector("h2")!.TextContent.Should().Contain(RomeTime(times[0])).And.Contain("sistema");
        newest.QuerySelector("h2 time")!.GetAttribute("datetime").Should().EndWith("Z");
        newest.QuerySelector(".storia-rilevazione")!.TextContent.Should().Contain("Annuale 2019 al 31/12/2019");
        var stato = Change(newest, "Stato");
        stato.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()).Should().Equal("In bozza", "Inviato");
        var testo = Change(newest, "Stato di attuazione");
        testo.QuerySelector(".diff-testo del")!.TextContent.Should().Be("testo rimosso: presentati 12");
        testo.QuerySelector(".diff-testo ins")!.TextContent.Should().Be("testo aggiunto: finanziati 14");
        testo.QuerySelector(".diff-testo del .visually-hidden")!.TextContent.Should().Be("testo rimosso: ");
        testo.QuerySelector(".diff-testo")!.TextContent.Should().StartWith("Nel secondo semestre sono stati ");
        var versioni = testo.QuerySelector("details")!;
        versioni.QuerySelector("summary")!.TextContent.Should().Be("Versioni complete di «Stato di attuazione»");
        versioni.QuerySelectorAll(".testo-utente").Select(t => t.TextContent.Trim()).Should().Equal(
            "Nel secondo semestre sono stati presentati 12 progetti.", "Nel secondo semestre sono stati finanziati 14 progetti.");
        Change(newest, "Inviato da").QuerySelectorAll("dd").Select(d => d.TextContent.Trim())
            .Should().Equal("nessun valore", "di.girolamo.gabriella");
        newest.QuerySelectorAll(".storia-modifica h3").Select(h => h.TextContent)
            .Should().NotContain("Azioni correttive", "unchanged fields are not changes");

        var oldest = saves[1];
        oldest.QuerySelector("h2")!.TextContent.Should().Contain(RomeTime(times[1]));
        Change(oldest, "Stato").QuerySelectorAll("dd").Select(d => d.TextContent.Trim()).Should().Equal("Da compilare", "In bozza");
        var primo = Change(oldest, "Stato di attuazione");
        primo.QuerySelector("dd .text-muted")!.TextContent.Should().Be("nessun testo");
        primo.QuerySelectorAll("dd")[1].TextContent.Trim().Should().Be("Nel secondo semestre sono stati presentati 12 progetti.");
        Change(oldest, "Consuntivo 2019 – Grado di copertura dei progetti").QuerySelectorAll("dd")
            .Select(d => d.TextContent.Trim()).Should().Equal("nessun valore", "1.234,56");
        Change(oldest, "Nota indicatore – Grado di copertura dei progetti").QuerySelectorAll("dd")[1]
            .TextContent.Trim().Should().Be("Dato provvisorio.");
        oldest.QuerySelectorAll(".storia-modifica h3").Select(h => h.TextContent).Should().StartWith(
            ["Stato", "Stato di attuazione", "Azioni correttive"], "the state and texts come before the values");
    }

    [Fact]
    public async Task The_obiettivo_page_links_to_its_history()
    {
        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var page = await client.GetDocumentAsync("/obiettivi/C07");
        var link = page.QuerySelector("a[data-testid='link-storia']")!;
        link.TextContent.Should().Be("Storia delle modifiche");
        link.GetAttribute("href").Should().Be("/obiettivi/C07/storia");
    }

    [Fact]
    public async Task Users_text_with_html_is_shown_as_text_in_the_differences_and_the_versions()
    {
        await ChangeAsync("C03", item => item.Update("Testo iniziale.", null));
        await ChangeAsync("C03", item => item.Update("Testo <script>alert(1)</script> iniziale.", null));

        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.GetAsync(new Uri("/obiettivi/C03/storia", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");

        var page = await response.ToDocumentAsync();
        page.QuerySelectorAll("main script").Should().BeEmpty();
        var diff = page.QuerySelector(".diff-testo")!;
        diff.QuerySelector("ins")!.TextContent.Should().Be("testo aggiunto: <script>alert(1)</script> ");
        diff.TextContent.Should().Contain("Testo ").And.Contain("iniziale.");
        page.QuerySelectorAll("details .testo-utente")[1].TextContent.Should().Contain("<script>alert(1)</script>");
    }

    [Fact]
    public async Task The_reason_of_a_save_is_shown_with_it()
    {
        await ChangeAsync("C04", item =>
        {
            item.Update("Fatto.", null);
            item.Invia(DateTime.UtcNow, "di.girolamo.gabriella");
        });
        await ChangeAsync("C04", item => item.Restituisci("Manca il dato di **dicembre**."), "Manca il dato di **dicembre**.");

        using var client = await app.LoginAsync(TestUsers.ResponsabileC06);
        var newest = (await client.GetDocumentAsync("/obiettivi/C04/storia")).QuerySelector("section.storia-salvataggio")!;
        newest.QuerySelector(".storia-motivo")!.TextContent.Should().Contain("Motivo").And.Contain("Manca il dato di dicembre.");
        newest.QuerySelector(".storia-motivo strong + .testo-utente strong")!.TextContent.Should().Be("dicembre");
        Change(newest, "Stato").QuerySelectorAll("dd").Select(d => d.TextContent.Trim()).Should().Equal("Inviato", "Restituito");
        Change(newest, "Nota di restituzione").Should().NotBeNull();
    }

    [Fact]
    public async Task A_busy_history_is_paged_and_every_change_is_reachable()
    {
        await InScopeAsync("C02", async (db, item) =>
        {
            for (var i = 1; i <= StoriaQueries.PageSize + 5; i++)
            {
                item.Update($"Versione {i}.", null);
                await db.SaveChangesAsync(); // one save per version
            }
        });

        using var client = await app.LoginAsync(TestUsers.Controllo);
        var first = await client.GetDocumentAsync("/obiettivi/C02/storia");
        first.QuerySelectorAll(".storia-modifica").Should().HaveCount(StoriaQueries.PageSize);
        first.QuerySelector(".storia-modifica .diff-testo ins")!.TextContent.Should().Contain("105");
        first.QuerySelector("nav.pagination-wrapper [aria-current='page']")!.TextContent.Should().Be("Pagina 1");
        var next = first.QuerySelector("nav.pagination-wrapper a")!;
        next.TextContent.Should().Be("Modifiche precedenti");

        var second = await client.GetDocumentAsync(next.GetAttribute("href")!);
        var changes = second.QuerySelectorAll(".storia-modifica");
        changes.Should().HaveCount(6, "105 texts and the first change of state");
        second.QuerySelectorAll("section.storia-salvataggio")[^1].TextContent.Should().Contain("Da compilare");
        second.QuerySelector("nav.pagination-wrapper a")!.TextContent.Should().Be("Modifiche più recenti");
    }

    [Theory]
    [InlineData("/obiettivi/C05/storia?pagina=abc")]
    [InlineData("/obiettivi/C05/storia?pagina=-3")]
    [InlineData("/obiettivi/c05/storia")]
    public async Task A_missing_or_odd_page_number_shows_the_first_page(string url)
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("p.lead .codice")!.TextContent.Should().Be("C05");
        page.QuerySelector("main .alert-info")!.TextContent.Trim().Should().Be("Nessuna modifica registrata per questo obiettivo.");
    }

    [Fact]
    public async Task A_page_past_the_end_says_so()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var page = await client.GetDocumentAsync("/obiettivi/C05/storia?pagina=40");
        page.QuerySelector("main .alert-info")!.TextContent.Trim().Should().Be("Nessuna modifica in questa pagina.");
    }

    [Theory]
    [InlineData("/obiettivi/C9999/storia")]
    [InlineData("/obiettivi/%3Cscript%3E/storia")]
    public async Task Unknown_codes_give_the_Italian_404_page(string url)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.ToDocumentAsync()).QuerySelector("h1")!.TextContent.Should().Be("Pagina non trovata");
    }

    [Fact]
    public async Task Anonymous_requests_go_to_the_login_page()
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri("/obiettivi/C06/storia", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/Account/Login?ReturnUrl=%2Fobiettivi%2FC06%2Fstoria");
    }

    [Theory]
    [InlineData(TestUsers.AltroResponsabile)]
    [InlineData(TestUsers.Controllo)]
    [InlineData(TestUsers.Admin)]
    public async Task Every_signed_in_user_reads_any_history_and_reading_changes_nothing(string user)
    {
        await ChangeAsync("C08", item => item.Update($"Letto da {user}.", null));
        var before = await AuditCountAsync();

        using var client = await app.LoginAsync(user);
        using var response = await client.GetAsync(new Uri("/obiettivi/C08/storia", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the history is as public inside the Comune as the obiettivo page");
        (await response.ToDocumentAsync()).QuerySelector(".diff-testo, .storia-modifica")!.Should().NotBeNull();
        using var post = await client.PostAsync(new Uri("/obiettivi/C08/storia", UriKind.Relative), new FormUrlEncodedContent([]));
        ((int)post.StatusCode).Should().BeOneOf(400, 404, 405);

        (await AuditCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_history_loads_with_two_queries()
    {
        await ChangeAsync("C09", item =>
        {
            item.Update("Uno.", "Due.");
            item.SetValore(item.Obiettivo.Indicatori.First(), 3m, null);
        });
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        (await client.GetAsync(new Uri("/obiettivi/C09/storia", UriKind.Relative))).Dispose(); // warm-up
        app.Commands.Reset();
        using var response = await client.GetAsync(new Uri("/obiettivi/C09/storia", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Commands.Count.Should().BeLessThanOrEqualTo(2);
    }

    private static IElement Change(IElement save, string campo) =>
        save.QuerySelectorAll(".storia-modifica").SingleOrDefault(m => m.QuerySelector("h3")!.TextContent == campo)
        ?? throw new InvalidOperationException($"Nessuna modifica «{campo}» in: {save.TextContent}");

    private static string RomeTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Rome)
            .ToString("dd/MM/yyyy 'alle' HH:mm:ss", CultureInfo.GetCultureInfo("it-IT"));

    /// <summary>Loads the obiettivo of the open round in a scope of its own, applies the change and saves once.</summary>
    private Task ChangeAsync(string codice, Action<RilevazioneObiettivo> change, string? motivo = null) =>
        InScopeAsync(codice, async (db, item) =>
        {
            change(item);
            await db.SaveChangesAsync();
        }, motivo);

    private async Task InScopeAsync(string codice, Func<AppDbContext, RilevazioneObiettivo, Task> work, string? motivo = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = await db.RilevazioniObiettivi
            .Include(r => r.Rilevazione)
            .Include(r => r.Valori)
            .Include(r => r.Obiettivo).ThenInclude(o => o.Indicatori).ThenInclude(i => i.Valori)
            .SingleAsync(r => r.Rilevazione.Data == Annuale && r.Obiettivo.Codice == codice);
        scope.ServiceProvider.GetRequiredService<AuditContext>().Nota = motivo;
        await work(db, item);
    }

    private async Task<List<DateTime>> SaveTimesAsync(string codice)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.ObiettiviOperativi.Where(o => o.Codice == codice).Select(o => o.Id).SingleAsync();
        return await db.Audit.Where(a => a.ObiettivoOperativoId == id).Select(a => a.AtUtc).Distinct()
            .OrderByDescending(t => t).ToListAsync();
    }

    private async Task<int> AuditCountAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Audit.CountAsync();
    }
}
