using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.IntegrationTests.Affidabilita;

/// <summary>
/// Issue 8, reliability: two people save the same obiettivo at the same moment. Exactly one wins, the other is told and
/// keeps what they typed, and the database holds the winner's whole version (texts and values), never a mix.
/// </summary>
public sealed class SalvataggiConcorrentiTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private const string Url = "/rilevazioni/2019-12-31/obiettivi/";

    private sealed record Autore(string Nome, HttpClient Client, string Stato, string Azioni, string Consuntivo, decimal Valore);

    private static async Task<(IHtmlFormElement Form, IDocument Page)> FormAsync(HttpClient client, string codice)
    {
        var page = await client.GetDocumentAsync(Url + codice);
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        return (page.QuerySelector<IHtmlFormElement>("form#rilevazione")!, page);
    }

    private static IHtmlElement Salva(IDocument page) =>
        page.QuerySelector<IHtmlElement>("form#rilevazione button[name='Azione'][value='salva']")!;

    private static Task<HttpResponseMessage> PostAsync(Autore autore, IHtmlFormElement form, IDocument page, bool conValori)
    {
        var values = new Dictionary<string, string>
        {
            ["StatoAttuazione"] = autore.Stato,
            ["AzioniCorrettive"] = autore.Azioni,
        };
        if (conValori) values["Valori[0].Consuntivo"] = autore.Consuntivo;
        return autore.Client.SubmitAsync(form, values, Salva(page));
    }

    // Texts only: the obiettivo's own version decides. With values: the indicator's yearly value is written too.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_people_posting_the_same_obiettivo_at_once_one_wins_the_other_is_told_and_keeps_the_text(bool conValori)
    {
        // Each case its own obiettivo of the same responsabile, so that the two cases do not meet.
        var codice = (await app.ConIndicatoriDiAsync("Di Girolamo Gabriella"))[conValori ? 1 : 0];
        using var responsabile = await app.LoginAsync(TestUsers.ResponsabileC06);
        using var segreteria = await app.LoginAsync(TestUsers.Segreteria);

        // Several rounds, each from freshly loaded forms: whichever way the two requests interleave, one must lose.
        for (var round = 1; round <= 4; round++)
        {
            var a = new Autore(TestUsers.ResponsabileC06, responsabile, $"Stato del responsabile, giro {round}: è così.",
                $"Azioni del responsabile, giro {round}.", $"{round}1,5", round * 10 + 1.5m);
            var b = new Autore(TestUsers.Segreteria, segreteria, $"Stato della Segreteria, giro {round}: perché no.",
                $"Azioni della Segreteria, giro {round}.", $"{round}2,25", round * 10 + 2.25m);
            var (formA, pageA) = await FormAsync(a.Client, codice);
            var (formB, pageB) = await FormAsync(b.Client, codice);

            var valoreIniziale = formA.QuerySelector<IHtmlInputElement>("#Valori_0__Consuntivo")!.Value;
            var responses = await Task.WhenAll(PostAsync(a, formA, pageA, conValori), PostAsync(b, formB, pageB, conValori));
            try
            {
                responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Redirect, HttpStatusCode.OK],
                    $"exactly one save wins in round {round}");
                var winner = responses[0].StatusCode == HttpStatusCode.Redirect ? a : b;
                var loser = winner == a ? b : a;
                var loserPage = await responses[winner == a ? 1 : 0].ToDocumentAsync();

                loserPage.QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Qualcun altro ha salvato questo obiettivo");
                loserPage.QuerySelector<IHtmlTextAreaElement>("#StatoAttuazione")!.Value.Should().Be(loser.Stato, "the loser's text is kept");
                loserPage.QuerySelector<IHtmlTextAreaElement>("#AzioniCorrettive")!.Value.Should().Be(loser.Azioni);
                loserPage.QuerySelector<IHtmlInputElement>("#Valori_0__Consuntivo")!.Value
                    .Should().Be(conValori ? loser.Consuntivo : valoreIniziale);
                loserPage.QuerySelector("#confronto")!.ParentElement!.TextContent.Should().Contain(winner.Stato,
                    "the other person's saved text is shown beside the user's");

                var item = await app.ItemAsync(RoundState.Aperta, codice);
                item.StatoAttuazione.Should().Be(winner.Stato);
                item.AzioniCorrettive.Should().Be(winner.Azioni, "texts of one save are never mixed with the other's");
                if (conValori)
                    item.Valori.Should().ContainSingle().Which.Consuntivo.Should().Be(winner.Valore, "values come from the same save as the texts");
                item.Stato.Should().Be(StatoCompilazione.Bozza);
            }
            finally
            {
                foreach (var r in responses) r.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_form_submitted_after_someone_else_saved_from_another_tab_is_refused_and_not_overwritten()
    {
        using var tab1 = await app.LoginAsync("grossi.eugenia");
        using var tab2 = await app.LoginAsync("grossi.eugenia");
        var codice = (await app.ConIndicatoriDiAsync("Grossi Eugenia"))[0];
        var url = $"/rilevazioni/2019-12-31/obiettivi/{codice}";
        var page1 = await tab1.GetDocumentAsync(url);
        var page2 = await tab2.GetDocumentAsync(url);

        using var first = await tab2.SubmitAsync(page2.QuerySelector<IHtmlFormElement>("form#rilevazione")!,
            new() { ["StatoAttuazione"] = "Salvato dalla seconda scheda." }, Salva(page2));
        first.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var stale = await tab1.SubmitAsync(page1.QuerySelector<IHtmlFormElement>("form#rilevazione")!,
            new() { ["StatoAttuazione"] = "Scritto nella prima scheda, aperta prima." }, Salva(page1));

        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await stale.ToDocumentAsync();
        again.QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Qualcun altro ha salvato questo obiettivo");
        again.QuerySelector<IHtmlTextAreaElement>("#StatoAttuazione")!.Value.Should().Be("Scritto nella prima scheda, aperta prima.");
        (await app.ItemAsync(RoundState.Aperta, codice)).StatoAttuazione.Should().Be("Salvato dalla seconda scheda.");
    }
}
