using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Sicurezza;

/// <summary>
/// The authorization matrix of the whole app, generated from its endpoint data source: every endpoint must have a row
/// in <see cref="Matrix"/> (a new action without one fails this test), only the endpoints in
/// <see cref="IntendedAnonymous"/> may be anonymous, and every row is then called as anonymous and as each role.
/// </summary>
public sealed class AuthorizationMatrixTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    /// <summary>Expected status for an allowed POST that the matrix does not send (it would change data).</summary>
    internal const int Allowed = 0;
    private const int Login = 1; // 302 to /Account/Login

    internal const string Anonimo = "(anonimo)";
    private const string S = TestUsers.Segreteria, C = TestUsers.Controllo, M = TestUsers.Admin,
        R = TestUsers.ResponsabileC06, X = TestUsers.AltroResponsabile;

    internal static readonly string[] Users = [S, C, M, R, X];

    /// <summary>Endpoints open without login, on purpose.</summary>
    private static readonly HashSet<string> IntendedAnonymous =
    [
        "GET Account/Login", "POST Account/Login", // the login itself
        "ANY errore", "ANY errore/{code:int}",      // error pages, re-executed for every status
        "GET ente/logo",                            // the logo on the login page
        "ANY health",                               // the container's health check
    ];

    /// <summary>
    /// One row per endpoint (method + route template): the URL called, with real ids of the demo data ({indicatore},
    /// {partecipata}, {utente}, {notifica} filled in at run time), and the status for S(egreteria), C(ontrollo),
    /// M (amministratore), R (responsabile of C06) and X (another responsabile). Anonymous gets the login redirect
    /// unless the endpoint is in <see cref="IntendedAnonymous"/>.
    /// </summary>
    internal static readonly Dictionary<string, Row> Matrix = new()
    {
        ["GET "] = Get("/", 200, 200, 200, 200, 200),
        ["GET Account/Login"] = Get("/Account/Login", 302, 302, 302, 302, 302, anonymous: 200),
        ["POST Account/Login"] = Post("/Account/Login", Allowed, Allowed, Allowed, Allowed, Allowed, anonymous: Allowed),
        ["POST Account/Logout"] = Post("/Account/Logout", Allowed, Allowed, Allowed, Allowed, Allowed),
        ["GET account/cambia-password"] = Get("/account/cambia-password", 200, 200, 200, 200, 200),
        ["POST account/cambia-password"] = Post("/account/cambia-password", Allowed, Allowed, Allowed, Allowed, Allowed),
        ["POST anteprima"] = Post("/anteprima", Allowed, Allowed, Allowed, Allowed, Allowed),
        ["GET cerca"] = Get("/cerca?q=scuola", 200, 200, 200, 200, 200),
        ["ANY errore"] = Get("/errore", 500, 500, 500, 500, 500, anonymous: 500),
        ["ANY errore/{code:int}"] = Get("/errore/404", 404, 404, 404, 404, 404, anonymous: 404),
        ["ANY health"] = Get("/health", 200, 200, 200, 200, 200, anonymous: 200),
        ["GET ente/logo"] = Get("/ente/logo", 404, 404, 404, 404, 404, anonymous: 404),

        ["GET programmi"] = Get("/programmi", 200, 200, 200, 200, 200),
        ["GET programmi/{codice}"] = Get("/programmi/1.02", 200, 200, 200, 200, 200),
        ["GET obiettivi/{codice}"] = Get("/obiettivi/C06", 200, 200, 200, 200, 200),
        ["GET obiettivi/{codice}/storia"] = Get("/obiettivi/C06/storia", 200, 200, 200, 200, 200),
        ["GET partecipate"] = Get("/partecipate", 200, 200, 200, 200, 200),
        ["GET partecipate/{id:int}"] = Get("/partecipate/{partecipata}", 200, 200, 200, 200, 200),
        ["GET notifiche"] = Get("/notifiche", 200, 200, 200, 200, 200),
        ["POST notifiche/{id:long}/letta"] = Post("/notifiche/{notifica}/letta", 404, 404, 404, Allowed, 404),
        ["POST notifiche/lette"] = Post("/notifiche/lette", Allowed, Allowed, Allowed, Allowed, Allowed),

        ["GET rilevazioni/{data}/obiettivi/{codice}"] = Get("/rilevazioni/2019-12-31/obiettivi/C06", 200, 200, 200, 200, 403),
        ["POST rilevazioni/{data}/obiettivi/{codice}"] = Post("/rilevazioni/2019-12-31/obiettivi/C06", Allowed, 403, 403, Allowed, 403),

        ["GET indicatori"] = Get("/indicatori", 200, 200, 200, 200, 200),
        ["GET indicatori.xlsx"] = Get("/indicatori.xlsx?programma=1.02", 200, 200, 200, 200, 200),
        ["GET indicatori.csv"] = Get("/indicatori.csv?programma=1.02", 200, 200, 200, 200, 200),
        ["GET indicatori/missioni"] = Get("/indicatori/missioni", 200, 200, 200, 200, 200),
        ["GET indicatori/{id:int}"] = Get("/indicatori/{indicatore}", 200, 200, 200, 200, 404), // not among X's indicators
        ["POST indicatori/{id:int}"] = Post("/indicatori/{indicatore}", 403, Allowed, 403, 403, 403),
        ["GET indicatori/impostazioni"] = Get("/indicatori/impostazioni", 403, 200, 200, 403, 403),
        ["POST indicatori/impostazioni"] = Post("/indicatori/impostazioni", 403, Allowed, Allowed, 403, 403),

        ["GET report"] = Get("/report", 200, 200, 200, 200, 200),
        ["GET report/allegato6.pdf"] = Get("/report/allegato6.pdf?data=2019-06-30&programma=1.02", 200, 200, 200, 200, 200),
        ["GET report/allegato6.xlsx"] = Get("/report/allegato6.xlsx?data=2019-06-30&programma=1.02", 200, 200, 200, 200, 200),

        ["GET rilevazioni"] = Get("/rilevazioni", 200, 403, 403, 403, 403),
        ["GET rilevazioni/nuova"] = Get("/rilevazioni/nuova", 200, 403, 403, 403, 403),
        ["POST rilevazioni/nuova"] = Post("/rilevazioni/nuova", Allowed, 403, 403, 403, 403),
        ["GET rilevazioni/{data}"] = Get("/rilevazioni/2019-12-31", 200, 403, 403, 403, 403),
        ["GET rilevazioni/{data}/modifica"] = Get("/rilevazioni/2019-12-31/modifica", 200, 403, 403, 403, 403),
        ["POST rilevazioni/{data}/modifica"] = Post("/rilevazioni/2019-12-31/modifica", Allowed, 403, 403, 403, 403),
        ["POST rilevazioni/{data}/apri"] = Post("/rilevazioni/2019-12-31/apri", Allowed, 403, 403, 403, 403),
        ["GET rilevazioni/{data}/chiudi"] = Get("/rilevazioni/2019-12-31/chiudi", 200, 403, 403, 403, 403),
        ["POST rilevazioni/{data}/chiudi"] = Post("/rilevazioni/2019-12-31/chiudi", Allowed, 403, 403, 403, 403),
        ["GET rilevazioni/{data}/riapri"] = Get("/rilevazioni/2019-06-30/riapri", 200, 403, 403, 403, 403),
        ["POST rilevazioni/{data}/riapri"] = Post("/rilevazioni/2019-06-30/riapri", Allowed, 403, 403, 403, 403),
        ["POST rilevazioni/{data}/obiettivi/{codice}/valida"] = Post("/rilevazioni/2019-12-31/obiettivi/C06/valida", Allowed, 403, 403, 403, 403),
        ["POST rilevazioni/{data}/valida"] = Post("/rilevazioni/2019-12-31/valida", Allowed, 403, 403, 403, 403),
        ["GET rilevazioni/{data}/obiettivi/{codice}/restituisci"] = Get("/rilevazioni/2019-12-31/obiettivi/C06/restituisci", 200, 403, 403, 403, 403),
        ["POST rilevazioni/{data}/obiettivi/{codice}/restituisci"] = Post("/rilevazioni/2019-12-31/obiettivi/C06/restituisci", Allowed, 403, 403, 403, 403),
        ["GET rilevazioni/{data}/obiettivi/{codice}/riapri"] = Get("/rilevazioni/2019-06-30/obiettivi/C06/riapri", 200, 403, 403, 403, 403),
        ["POST rilevazioni/{data}/obiettivi/{codice}/riapri"] = Post("/rilevazioni/2019-06-30/obiettivi/C06/riapri", Allowed, 403, 403, 403, 403),
        ["GET rilevazioni/{data}/solleciti"] = Get("/rilevazioni/2019-12-31/solleciti", 200, 403, 403, 403, 403),
        ["POST rilevazioni/{data}/solleciti"] = Post("/rilevazioni/2019-12-31/solleciti", Allowed, 403, 403, 403, 403),

        ["GET piano"] = Get("/piano", 200, 403, 403, 403, 403),
        ["GET piano/missioni/{numero:int}"] = Get("/piano/missioni/1", 200, 403, 403, 403, 403),
        ["POST piano/missioni/{numero:int}"] = Post("/piano/missioni/1", Allowed, 403, 403, 403, 403),
        ["GET piano/missioni/{numero:int}/programmi/nuovo"] = Get("/piano/missioni/1/programmi/nuovo", 200, 403, 403, 403, 403),
        ["POST piano/missioni/{numero:int}/programmi/nuovo"] = Post("/piano/missioni/1/programmi/nuovo", Allowed, 403, 403, 403, 403),
        ["GET piano/programmi/{codice}"] = Get("/piano/programmi/1.02", 200, 403, 403, 403, 403),
        ["POST piano/programmi/{codice}"] = Post("/piano/programmi/1.02", Allowed, 403, 403, 403, 403),
        ["GET piano/strategici/nuovo"] = Get("/piano/strategici/nuovo", 200, 403, 403, 403, 403),
        ["POST piano/strategici/nuovo"] = Post("/piano/strategici/nuovo", Allowed, 403, 403, 403, 403),
        ["GET piano/strategici/{codice}"] = Get("/piano/strategici/B01", 200, 403, 403, 403, 403),
        ["POST piano/strategici/{codice}"] = Post("/piano/strategici/B01", Allowed, 403, 403, 403, 403),
        ["GET piano/programmi/{codice}/obiettivi/nuovo"] = Get("/piano/programmi/1.02/obiettivi/nuovo", 200, 403, 403, 403, 403),
        ["POST piano/programmi/{codice}/obiettivi/nuovo"] = Post("/piano/programmi/1.02/obiettivi/nuovo", Allowed, 403, 403, 403, 403),
        ["GET piano/obiettivi/{codice}"] = Get("/piano/obiettivi/C06", 200, 403, 403, 403, 403),
        ["POST piano/obiettivi/{codice}"] = Post("/piano/obiettivi/C06", Allowed, 403, 403, 403, 403),
        ["GET piano/obiettivi/{codice}/indicatori/nuovo"] = Get("/piano/obiettivi/C06/indicatori/nuovo", 200, 403, 403, 403, 403),
        ["POST piano/obiettivi/{codice}/indicatori/nuovo"] = Post("/piano/obiettivi/C06/indicatori/nuovo", Allowed, 403, 403, 403, 403),
        ["GET piano/indicatori/{id:int}"] = Get("/piano/indicatori/{indicatore}", 200, 403, 403, 403, 403),
        ["POST piano/indicatori/{id:int}"] = Post("/piano/indicatori/{indicatore}", Allowed, 403, 403, 403, 403),
        ["GET piano/{voce:regex(^(programmi|strategici|obiettivi|indicatori)$)}/{chiave}/{azione:regex(^(ritira|ripristina|elimina)$)}"] =
            Get("/piano/obiettivi/C06/ritira", 200, 403, 403, 403, 403),
        ["POST piano/{voce:regex(^(programmi|strategici|obiettivi|indicatori)$)}/{chiave}/{azione:regex(^(ritira|ripristina|elimina)$)}"] =
            Post("/piano/obiettivi/C06/ritira", Allowed, 403, 403, 403, 403),
        ["GET piano/nuovo-anno"] = Get("/piano/nuovo-anno", 200, 403, 403, 403, 403),
        ["POST piano/nuovo-anno"] = Post("/piano/nuovo-anno", Allowed, 403, 403, 403, 403),
        ["GET piano/modello.xlsx"] = Get("/piano/modello.xlsx", 200, 403, 403, 403, 403),
        ["GET piano/importa"] = Get("/piano/importa", 200, 403, 403, 403, 403),
        ["POST piano/importa"] = Post("/piano/importa", Allowed, 403, 403, 403, 403),
        ["GET piano/importa/{id:guid}"] = Get("/piano/importa/7d1f0c7e-0000-4000-8000-000000000001", 404, 403, 403, 403, 403),
        ["POST piano/importa/applica"] = Post("/piano/importa/applica", Allowed, 403, 403, 403, 403),
        ["GET piano/importa/{id:guid}/esito"] = Get("/piano/importa/7d1f0c7e-0000-4000-8000-000000000001/esito", 404, 403, 403, 403, 403),

        ["GET amministrazione/utenti"] = Get("/amministrazione/utenti", 403, 403, 200, 403, 403),
        ["GET amministrazione/utenti/nuovo"] = Get("/amministrazione/utenti/nuovo", 403, 403, 200, 403, 403),
        ["POST amministrazione/utenti/nuovo"] = Post("/amministrazione/utenti/nuovo", 403, 403, Allowed, 403, 403),
        ["GET amministrazione/utenti/{id}"] = Get("/amministrazione/utenti/{utente}", 403, 403, 200, 403, 403),
        ["POST amministrazione/utenti/{id}"] = Post("/amministrazione/utenti/{utente}", 403, 403, Allowed, 403, 403),
        ["POST amministrazione/utenti/{id}/disattiva"] = Post("/amministrazione/utenti/{utente}/disattiva", 403, 403, Allowed, 403, 403),
        ["POST amministrazione/utenti/{id}/riattiva"] = Post("/amministrazione/utenti/{utente}/riattiva", 403, 403, Allowed, 403, 403),
        ["POST amministrazione/utenti/{id}/sblocca"] = Post("/amministrazione/utenti/{utente}/sblocca", 403, 403, Allowed, 403, 403),
        ["POST amministrazione/utenti/{id}/reimposta-password"] = Post("/amministrazione/utenti/{utente}/reimposta-password", 403, 403, Allowed, 403, 403),
        ["GET amministrazione/impostazioni"] = Get("/amministrazione/impostazioni", 403, 403, 200, 403, 403),
        ["POST amministrazione/impostazioni"] = Post("/amministrazione/impostazioni", 403, 403, Allowed, 403, 403),
    };

    public sealed record Row(string Method, string Url, IReadOnlyDictionary<string, int> Expected);

    private static Row Get(string url, int s, int c, int m, int r, int x, int anonymous = Login) =>
        new("GET", url, new Dictionary<string, int> { [S] = s, [C] = c, [M] = m, [R] = r, [X] = x, [Anonimo] = anonymous });

    private static Row Post(string url, int s, int c, int m, int r, int x, int anonymous = Login) =>
        new("POST", url, new Dictionary<string, int> { [S] = s, [C] = c, [M] = m, [R] = r, [X] = x, [Anonimo] = anonymous });

    /// <summary>Every routed endpoint of the app as "METHOD template", with whether it allows anonymous users.</summary>
    public static IReadOnlyList<(string Key, bool Anonymous, string Display)> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
                var anonymous = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                var display = e.Metadata.GetMetadata<ControllerActionDescriptor>()?.DisplayName ?? e.DisplayName ?? "";
                return methods.Select(m => ($"{m} {e.RoutePattern.RawText?.TrimStart('/')}", anonymous, display));
            })
            .ToList();

    [Fact]
    public void Every_endpoint_has_a_row_in_the_matrix_and_only_the_intended_ones_are_anonymous()
    {
        var endpoints = Endpoints(app.Services);
        endpoints.Should().HaveCountGreaterThan(80, "the app's endpoints are read from its endpoint data source");

        var missing = endpoints.Where(e => !Matrix.ContainsKey(e.Key)).Select(e => $"{e.Key} ({e.Display})").ToList();
        missing.Should().BeEmpty("every action needs its expected status per role in AuthorizationMatrixTests.Matrix");

        var stale = Matrix.Keys.Except(endpoints.Select(e => e.Key)).ToList();
        stale.Should().BeEmpty("rows of actions that no longer exist must go");

        var anonymous = endpoints.Where(e => e.Anonymous).Select(e => e.Key).ToList();
        anonymous.Should().BeEquivalentTo(IntendedAnonymous, "only login, error pages, the logo and /health are anonymous");
    }

    [Fact]
    public async Task Every_GET_returns_the_expected_status_for_anonymous_and_each_role()
    {
        var ids = await IdsAsync(app);
        var failures = new List<string>();
        foreach (var user in Users.Prepend(Anonimo))
        {
            using var client = user == Anonimo ? app.CreateBrowserClient() : await app.LoginAsync(user);
            foreach (var (key, row) in Matrix.Where(r => r.Value.Method == "GET"))
            {
                var url = Fill(row.Url, ids);
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                var problem = Check(response, row.Expected[user]);
                if (problem is not null) failures.Add($"{user} GET {url}: {problem}");
            }
        }
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Every_POST_is_refused_to_anonymous_and_to_the_wrong_roles_with_a_valid_token_and_changes_nothing()
    {
        var ids = await IdsAsync(app);
        var before = await app.FingerprintAsync();
        var failures = new List<string>();
        var tested = 0;
        foreach (var user in Users.Prepend(Anonimo))
        {
            using var client = user == Anonimo ? app.CreateBrowserClient() : await app.LoginAsync(user);
            // A real token of this session: the refusal below is authorization, never antiforgery.
            var page = await client.GetDocumentAsync(user == Anonimo ? "/Account/Login" : "/");
            var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
            foreach (var (key, row) in Matrix.Where(r => r.Value.Method == "POST" && r.Value.Expected[user] != Allowed))
            {
                var url = Fill(row.Url, ids);
                using var response = await client.PostFieldsAsync(url, [], token);
                var problem = Check(response, row.Expected[user]);
                if (problem is not null) failures.Add($"{user} POST {url}: {problem}");
                tested++;
            }
        }
        failures.Should().BeEmpty();
        tested.Should().BeGreaterThan(150);
        (await app.FingerprintAsync()).Should().Be(before, "a refused POST changes nothing");
    }

    private static string? Check(HttpResponseMessage response, int expected)
    {
        var status = (int)response.StatusCode;
        if (expected == Login)
        {
            var location = response.Headers.Location?.OriginalString ?? "";
            return status == 302 && location.Contains("/Account/Login", StringComparison.Ordinal)
                ? null : $"expected the login redirect, got {status} {location}";
        }
        return status == expected ? null : $"expected {expected}, got {status} {response.Headers.Location}";
    }

    internal static string Fill(string url, IReadOnlyDictionary<string, string> ids) =>
        ids.Aggregate(url, (u, id) => u.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));

    /// <summary>Real ids of the demo data; the notification belongs to the responsabile of C06.</summary>
    internal static async Task<IReadOnlyDictionary<string, string>> IdsAsync(DupAppFactory app)
    {
        var utente = (await app.UserAsync(TestUsers.Segreteria)).Id;
        var owner = (await app.UserAsync(R)).Id;
        return await app.InDbAsync(async db =>
        {
            var notifica = await db.Notifiche.Where(n => n.UserId == owner).Select(n => (long?)n.Id).FirstOrDefaultAsync();
            if (notifica is null)
            {
                var nuova = new Notifica(owner, DateTime.UtcNow, "Promemoria", "Compilare C06.", "/rilevazioni/2019-12-31/obiettivi/C06");
                db.Notifiche.Add(nuova);
                await db.SaveChangesAsync();
                notifica = nuova.Id;
            }
            return (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["indicatore"] = (await db.Indicatori.Where(i => i.Obiettivo.Codice == "C06").OrderBy(i => i.Id).FirstAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["partecipata"] = (await db.OrganismiPartecipati.OrderBy(o => o.Id).FirstAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["utente"] = utente,
                ["notifica"] = notifica.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        });
    }
}
