using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;

namespace Cremona.Dup.IntegrationTests.Affidabilita;

/// <summary>
/// Issue 8: the SQL commands of each main page, per role, pinned. A page that starts needing more commands fails here;
/// docs/performance.md ("Database queries per page") says why each page over two needs what it needs. The layout's
/// unread-notifications count is the same on every page and counted apart (at most one).
/// </summary>
public sealed class QueryPerPaginaTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    [Theory]
    [InlineData(TestUsers.ResponsabileC06, "/", 4)]
    [InlineData(TestUsers.ResponsabileC06, "/programmi", 1)]
    [InlineData(TestUsers.ResponsabileC06, "/programmi/1.02", 1)]
    [InlineData(TestUsers.ResponsabileC06, "/obiettivi/C06", 2)]
    [InlineData(TestUsers.ResponsabileC06, "/obiettivi/C06/storia", 2)]
    [InlineData(TestUsers.ResponsabileC06, "/indicatori", 2)]
    [InlineData(TestUsers.ResponsabileC06, "/indicatori/missioni", 2)]
    [InlineData(TestUsers.ResponsabileC06, "/rilevazioni/2019-12-31/obiettivi/C06", 2)]
    [InlineData(TestUsers.ResponsabileC06, "/report", 3)]
    [InlineData(TestUsers.ResponsabileC06, "/notifiche", 2)]
    [InlineData(TestUsers.ResponsabileC06, "/cerca?q=scuola", 3)]
    [InlineData(TestUsers.ResponsabileC06, "/partecipate", 1)]
    [InlineData(TestUsers.Segreteria, "/", 2)]
    [InlineData(TestUsers.Segreteria, "/programmi", 1)]
    [InlineData(TestUsers.Segreteria, "/obiettivi/C06", 2)]
    [InlineData(TestUsers.Segreteria, "/indicatori", 2)]
    [InlineData(TestUsers.Segreteria, "/rilevazioni/2019-12-31/obiettivi/C06", 2)]
    [InlineData(TestUsers.Segreteria, "/rilevazioni", 1)]
    [InlineData(TestUsers.Segreteria, "/rilevazioni/2019-12-31", 2)]
    [InlineData(TestUsers.Segreteria, "/rilevazioni/2019-12-31/solleciti", 3)]
    [InlineData(TestUsers.Segreteria, "/report", 4)]
    [InlineData(TestUsers.Segreteria, "/piano", 5)]
    [InlineData(TestUsers.Segreteria, "/piano/obiettivi/C06", 6)]
    [InlineData(TestUsers.Segreteria, "/piano/programmi/1.02", 1)]
    [InlineData(TestUsers.Segreteria, "/piano/importa", 1)]
    [InlineData(TestUsers.Controllo, "/", 2)]
    [InlineData(TestUsers.Controllo, "/indicatori", 2)]
    [InlineData(TestUsers.Controllo, "/indicatori/impostazioni", 1)]
    [InlineData(TestUsers.Controllo, "/report", 4)]
    [InlineData(TestUsers.Admin, "/", 2)]
    [InlineData(TestUsers.Admin, "/amministrazione/utenti", 3)]
    [InlineData(TestUsers.Admin, "/amministrazione/utenti/nuovo", 1)]
    [InlineData(TestUsers.Admin, "/amministrazione/impostazioni", 1)]
    public async Task Each_main_page_runs_its_pinned_number_of_SQL_commands(string user, string url, int expected)
    {
        using var client = await app.LoginAsync(user);
        using (var warm = await client.GetAsync(new Uri(url, UriKind.Relative)))
            warm.StatusCode.Should().Be(HttpStatusCode.OK, $"{user} may open {url}");

        app.Commands.Reset();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = app.Commands.Count;
        var layout = app.Commands.LayoutCount;

        layout.Should().BeLessThanOrEqualTo(1, "the layout adds at most its notifications count");
        page.Should().Be(expected, $"{url} as {user} runs {page} SQL commands besides the layout's");
    }
}
