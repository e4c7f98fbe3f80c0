using System.Globalization;
using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The arranged states of the authorization matrix: one obiettivo of Di Girolamo Gabriella per state.</summary>
public sealed class MatrixAppFactory : DupAppFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await this.SetStatoAsync("C33", StatoCompilazione.Bozza);
        await this.SetStatoAsync("C35", StatoCompilazione.Inviato);
        await this.SetStatoAsync("C0141", StatoCompilazione.Restituito);
        await this.SetStatoAsync("C34", StatoCompilazione.Validato);
        await this.WithItemAsync(RoundState.Chiusa, "C33", (_, item) => { item.Riapri("Correzione richiesta dal revisore."); return 0; }, save: true);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Who may see and save the data-entry form: roles × states × own/foreign obiettivo, cell by cell, on GET and POST,
/// whatever the form fields say.
/// </summary>
public sealed class AutorizzazioneCompilazioneTests(MatrixAppFactory app) : IClassFixture<MatrixAppFactory>
{
    private const string Owner = TestUsers.ResponsabileC06;
    private const string Foreign = TestUsers.AltroResponsabile;

    // (round, obiettivo, description of the state)
    private static readonly (string Data, string Codice, string Stato)[] Cells =
    [
        ("2019-12-31", "C32", "da compilare"),
        ("2019-12-31", "C33", "bozza"),
        ("2019-12-31", "C35", "inviato"),
        ("2019-12-31", "C0141", "restituito"),
        ("2019-12-31", "C34", "validato"),
        ("2019-06-30", "C32", "rilevazione chiusa"),
        ("2019-06-30", "C33", "riaperto in rilevazione chiusa"),
    ];

    // Expected answer to a POST that saves a draft: 302 saved, 200 refused with the reason (text kept), 403 forbidden.
    private static readonly Dictionary<string, int[]> PostExpected = new()
    {
        [Owner] = [302, 302, 200, 302, 200, 200, 302],
        [TestUsers.Segreteria] = [302, 302, 302, 302, 200, 200, 302],
        [Foreign] = [403, 403, 403, 403, 403, 403, 403],
        [TestUsers.Controllo] = [403, 403, 403, 403, 403, 403, 403],
        [TestUsers.Admin] = [403, 403, 403, 403, 403, 403, 403],
    };

    private static readonly Dictionary<string, int> GetExpected = new()
    {
        [Owner] = 200,
        [TestUsers.Segreteria] = 200,
        [Foreign] = 403,
        [TestUsers.Controllo] = 200,
        [TestUsers.Admin] = 200,
    };

    public static TheoryData<string, int> CellsFor()
    {
        var data = new TheoryData<string, int>();
        foreach (var user in PostExpected.Keys)
            for (var i = 0; i < Cells.Length; i++)
                data.Add(user, i);
        return data;
    }

    [Theory]
    [MemberData(nameof(CellsFor))]
    public async Task Get_of_the_form(string user, int cell)
    {
        var (data, codice, _) = Cells[cell];
        using var client = await app.LoginAsync(user);
        using var response = await client.GetAsync(new Uri($"/rilevazioni/{data}/obiettivi/{codice}", UriKind.Relative));
        ((int)response.StatusCode).Should().Be(GetExpected[user]);
    }

    [Theory]
    [MemberData(nameof(CellsFor))]
    public async Task Post_of_a_draft(string user, int cell)
    {
        var (data, codice, stato) = Cells[cell];
        var date = DateOnly.ParseExact(data, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var before = await app.ItemAsync(date, codice);
        var text = $"Scritto da {user} su {codice} ({stato})";
        using var client = await app.LoginAsync(user);
        // Any form of the user's own pages carries a valid antiforgery token: the layout's logout form does.
        var home = await client.GetDocumentAsync("/");
        var token = home.QuerySelector<IHtmlInputElement>("form[action='/Account/Logout'] input[name='__RequestVerificationToken']")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = before.Version.ToString(),
            ["StatoAttuazione"] = text,
            ["Azione"] = "salva",
        });

        using var response = await client.PostAsync(new Uri($"/rilevazioni/{data}/obiettivi/{codice}", UriKind.Relative), content);

        var expected = PostExpected[user][cell];
        ((int)response.StatusCode).Should().Be(expected, $"{user} on {codice} {stato}");
        var after = await app.ItemAsync(date, codice);
        if (expected == 302)
        {
            after.StatoAttuazione.Should().Be(text);
        }
        else
        {
            after.StatoAttuazione.Should().Be(before.StatoAttuazione, "a refused save changes nothing");
            after.Version.Should().Be(before.Version);
        }
        if (expected == 200)
            (await response.ToDocumentAsync()).QuerySelector<IHtmlTextAreaElement>("#StatoAttuazione")!.Value.Should().Be(text, "what was typed is kept");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Anonymous_users_are_sent_to_login(string method)
    {
        using var client = app.CreateBrowserClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/rilevazioni/2019-12-31/obiettivi/C32");
        if (method == "POST") request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["StatoAttuazione"] = "x" });
        using var response = await client.SendAsync(request);
        if (method == "GET")
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
        }
        else
        {
            // Without a session there is no valid antiforgery token: refused before anything else.
            response.StatusCode.Should().BeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Redirect);
        }
        (await app.ItemAsync(RoundState.Aperta, "C32")).StatoAttuazione.Should().NotBe("x");
    }

    [Fact]
    public async Task Only_the_responsabile_may_send()
    {
        var before = await app.ItemAsync(RoundState.Aperta, "C10");
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        var page = await client.GetDocumentAsync("/rilevazioni/2019-12-31/obiettivi/C10");
        page.QuerySelector("button[value='invia']").Should().BeNull();
        var form = page.QuerySelector<IHtmlFormElement>("form#rilevazione")!;
        var send = page.CreateElement<IHtmlButtonElement>();
        send.Name = "Azione";
        send.Value = "invia";
        send.Type = "submit";
        form.AppendChild(send);

        using var response = await client.SubmitAsync(form, new() { ["StatoAttuazione"] = "Inviato dalla Segreteria?" }, send);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var after = await app.ItemAsync(RoundState.Aperta, "C10");
        after.Stato.Should().Be(before.Stato);
        after.StatoAttuazione.Should().Be(before.StatoAttuazione);
    }
}
