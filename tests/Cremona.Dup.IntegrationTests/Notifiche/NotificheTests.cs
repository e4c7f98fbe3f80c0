using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Notifiche;

/// <summary>Each test works with its own users, since the class shares one database.</summary>
public sealed class NotificheTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    [Fact]
    public async Task The_list_shows_only_the_users_own_notifications_newest_first_with_the_unread_ones_marked_Nuova()
    {
        var older = await AddAsync("grossi.eugenia", "Obiettivo C30 validato", "La Segreteria ha validato l'obiettivo.",
            "/obiettivi/C30", new DateTime(2026, 1, 10, 8, 0, 0, DateTimeKind.Utc), letta: true);
        var newer = await AddAsync("grossi.eugenia", "Obiettivo C31 restituito",
            "Motivo: **importante** completare gli indicatori.\n\n- primo punto\n- <script>alert(1)</script>",
            "/rilevazioni/2019-12-31/obiettivi/C31", new DateTime(2026, 7, 15, 9, 30, 0, DateTimeKind.Utc));
        await AddAsync("pesaro.mara", "Notifica di un'altra persona", "Non deve comparire.", null, DateTime.UtcNow);

        using var client = await app.LoginAsync("grossi.eugenia");
        var page = await client.GetDocumentAsync("/notifiche");

        page.QuerySelector("h1")!.TextContent.Should().Be("Notifiche");
        var items = page.QuerySelectorAll("li.notifica").ToList();
        items.Select(i => i.GetAttribute("data-id")).Should().Equal(newer.ToString(), older.ToString());
        page.Body!.TextContent.Should().NotContain("Notifica di un'altra persona");

        var nuova = items[0];
        nuova.QuerySelector("h2")!.TextContent.Should().Contain("Nuova").And.Contain("Obiettivo C31 restituito");
        nuova.QuerySelector("time")!.TextContent.Should().Be("15/07/2026 11:30", "dates are shown in Europe/Rome time");
        nuova.QuerySelector(".testo-utente strong")!.TextContent.Should().Be("importante");
        nuova.QuerySelectorAll(".testo-utente li").Should().HaveCount(2);
        nuova.QuerySelector(".testo-utente script").Should().BeNull();
        nuova.QuerySelector(".testo-utente")!.InnerHtml.Should().Contain("&lt;script&gt;");
        nuova.QuerySelector("a.btn")!.GetAttribute("href").Should().Be("/rilevazioni/2019-12-31/obiettivi/C31");
        nuova.QuerySelector("form.segna-letta").Should().NotBeNull();

        items[1].TextContent.Should().NotContain("Nuova");
        items[1].QuerySelector("form.segna-letta").Should().BeNull("a read notification has nothing to mark");
        page.QuerySelector("#riepilogo")!.TextContent.Trim().Should().Be("1 notifica da leggere.");
    }

    [Fact]
    public async Task The_header_shows_the_unread_count_and_marking_one_as_read_lowers_it()
    {
        var ids = new List<long>();
        for (var i = 1; i <= 3; i++)
            ids.Add(await AddAsync("toninelli.silvia", $"Avviso {i}", "Testo.", null, DateTime.UtcNow.AddMinutes(i)));

        using var client = await app.LoginAsync("toninelli.silvia");
        var home = await client.GetDocumentAsync("/");
        var badge = home.QuerySelector("[data-testid=notifiche]")!;
        badge.GetAttribute("href").Should().Be("/notifiche");
        Normalize(badge.TextContent).Should().Be("Notifiche (3)");
        badge.GetAttribute("aria-label").Should().Be("Notifiche (3 non lette)");

        var page = await client.GetDocumentAsync("/notifiche");
        var form = page.QuerySelector<IHtmlFormElement>($"#notifica-{ids[1]} form.segna-letta")!;
        using var response = await client.SubmitAsync(form, []);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/notifiche");
        var after = await client.GetDocumentAsync("/notifiche");
        after.QuerySelector(".alert-success")!.TextContent.Should().Be("Notifica segnata come letta.");
        Normalize(after.QuerySelector("[data-testid=notifiche]")!.TextContent).Should().Be("Notifiche (2)");
        after.QuerySelector($"#notifica-{ids[1]}")!.TextContent.Should().NotContain("Nuova");
        (await LettaAsync(ids[1])).Should().NotBeNull();
        (await LettaAsync(ids[0])).Should().BeNull();
        (await LettaAsync(ids[2])).Should().BeNull();
    }

    [Fact]
    public async Task Segna_tutte_come_lette_marks_every_unread_notification_of_the_user_only()
    {
        var mine = new[]
        {
            await AddAsync("pagliarini.marco", "Primo", "Testo.", null, DateTime.UtcNow),
            await AddAsync("pagliarini.marco", "Secondo", "Testo.", null, DateTime.UtcNow),
        };
        var other = await AddAsync("quaglia.maurizia", "Di un'altra persona", "Testo.", null, DateTime.UtcNow);

        using var client = await app.LoginAsync("pagliarini.marco");
        var page = await client.GetDocumentAsync("/notifiche");
        using var response = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#segna-tutte")!, []);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await client.GetDocumentAsync("/notifiche");
        after.QuerySelector(".alert-success")!.TextContent.Should().Be("2 notifiche segnate come lette.");
        after.QuerySelector("#riepilogo")!.TextContent.Trim().Should().Be("Nessuna notifica da leggere.");
        after.QuerySelector("form#segna-tutte").Should().BeNull();
        Normalize(after.QuerySelector("[data-testid=notifiche]")!.TextContent).Should().Be("Notifiche");
        foreach (var id in mine) (await LettaAsync(id)).Should().NotBeNull();
        (await LettaAsync(other)).Should().BeNull();
    }

    [Fact]
    public async Task Marking_another_users_notification_gives_404_and_changes_nothing()
    {
        var own = await AddAsync("carletti.ruggero", "Mia", "Testo.", null, DateTime.UtcNow);
        var others = await AddAsync("masserdotti.marco", "Non mia", "Testo.", null, DateTime.UtcNow);

        using var client = await app.LoginAsync("carletti.ruggero");
        var page = await client.GetDocumentAsync("/notifiche");
        var form = page.QuerySelector<IHtmlFormElement>($"#notifica-{own} form.segna-letta")!;
        form.Action = $"/notifiche/{others}/letta"; // a tampered form, with a valid antiforgery token
        using var response = await client.SubmitAsync(form, []);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.ToDocumentAsync()).QuerySelector("h1")!.TextContent.Should().Be("Pagina non trovata");
        (await LettaAsync(others)).Should().BeNull();
        (await LettaAsync(own)).Should().BeNull();
    }

    [Theory]
    [InlineData("/notifiche/999999999/letta", HttpStatusCode.NotFound)]
    [InlineData("/notifiche/abc/letta", HttpStatusCode.NotFound)]
    [InlineData("/notifiche/-1/letta", HttpStatusCode.NotFound)]
    public async Task Unknown_or_malformed_ids_give_404(string action, HttpStatusCode expected)
    {
        var own = await AddAsync("segalini.maurilio", "Da non toccare", "Testo.", null, DateTime.UtcNow);
        using var client = await app.LoginAsync("segalini.maurilio");
        var page = await client.GetDocumentAsync("/notifiche");
        var form = page.QuerySelector<IHtmlFormElement>($"#notifica-{own} form.segna-letta")!;
        form.Action = action;

        using var response = await client.SubmitAsync(form, []);

        response.StatusCode.Should().Be(expected);
        (await LettaAsync(own)).Should().BeNull();
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused_and_changes_nothing()
    {
        var own = await AddAsync("ghilardi.lamberto", "Senza token", "Testo.", null, DateTime.UtcNow);
        using var client = await app.LoginAsync("ghilardi.lamberto");

        using var one = await client.PostAsync(new Uri($"/notifiche/{own}/letta", UriKind.Relative), new FormUrlEncodedContent([]));
        using var all = await client.PostAsync(new Uri("/notifiche/lette", UriKind.Relative), new FormUrlEncodedContent([]));

        one.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        all.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await LettaAsync(own)).Should().BeNull();
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_login_and_see_no_notifications_link()
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri("/notifiche", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/Account/Login?ReturnUrl=%2Fnotifiche");

        var login = await client.GetDocumentAsync("/Account/Login");
        login.QuerySelector("[data-testid=notifiche]").Should().BeNull();
    }

    [Fact]
    public async Task A_user_without_notifications_gets_an_explanation_and_a_plain_link()
    {
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var page = await client.GetDocumentAsync("/notifiche");
        page.QuerySelector(".alert-info")!.TextContent.Should().Contain("Non ci sono notifiche.");
        Normalize(page.QuerySelector("[data-testid=notifiche]")!.TextContent).Should().Be("Notifiche");
        page.QuerySelector("[data-testid=notifiche]")!.GetAttribute("aria-current").Should().Be("page");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/programmi")]
    [InlineData("/notifiche")]
    public async Task The_header_count_is_one_query_and_the_notifications_page_two_more(string url)
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        (await client.GetAsync(new Uri(url, UriKind.Relative))).Dispose(); // warm-up
        app.Commands.Reset();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Commands.LayoutCount.Should().Be(1);
        if (url == "/notifiche") app.Commands.Count.Should().BeLessThanOrEqualTo(2);
    }

    private async Task<long> AddAsync(string userName, string titolo, string testo, string? link, DateTime createdAtUtc,
        bool letta = false)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var notifica = new Notifica(userId, createdAtUtc, titolo, testo, link);
        if (letta) notifica.SegnaLetta(createdAtUtc.AddHours(1));
        db.Notifiche.Add(notifica);
        await db.SaveChangesAsync();
        return notifica.Id;
    }

    private static string Normalize(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    private async Task<DateTime?> LettaAsync(long id)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Notifiche.Where(n => n.Id == id).Select(n => n.LettaAtUtc).SingleAsync();
    }
}
