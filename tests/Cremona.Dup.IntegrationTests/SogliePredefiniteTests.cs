using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The default thresholds page GET|POST /indicatori/impostazioni (Controllo di gestione only).</summary>
public sealed class SogliePredefiniteTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private async Task<ImpostazioniIndicatori> ImpostazioniAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ImpostazioniIndicatori.AsNoTracking().SingleAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Audit.AsNoTracking()
            .Where(a => a.Entita == nameof(ImpostazioniIndicatori)).ToListAsync();
    }

    private static async Task<IHtmlFormElement> FormAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/indicatori/impostazioni")).QuerySelector<IHtmlFormElement>("form#soglie")!;

    [Theory]
    [InlineData(TestUsers.Segreteria)]
    [InlineData(TestUsers.ResponsabileC06)]
    public async Task Other_roles_get_403_on_get_and_post_and_nothing_changes(string user)
    {
        var before = await ImpostazioniAsync();
        using var client = await app.LoginAsync(user);
        using (var get = await client.GetAsync(new Uri("/indicatori/impostazioni", UriKind.Relative)))
            get.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var token = (await client.GetDocumentAsync("/indicatori")).QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SogliaRaggiunto"] = "50",
            ["SogliaParziale"] = "10",
            ["Version"] = before.Version.ToString(),
            ["__RequestVerificationToken"] = token,
        });

        using var response = await client.PostAsync(new Uri("/indicatori/impostazioni", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ImpostazioniAsync()).Version.Should().Be(before.Version);
        (await AuditAsync()).Should().BeEmpty();
        (await client.GetDocumentAsync("/indicatori")).QuerySelector("a[href='/indicatori/impostazioni']").Should().BeNull();
    }

    [Theory]
    [InlineData("80", "90", "SogliaParziale", "La soglia di raggiungimento parziale deve essere minore della soglia di raggiungimento.")]
    [InlineData("", "80", "SogliaRaggiunto", "Indicare la soglia di raggiungimento.")]
    [InlineData("1.001", "80", "SogliaRaggiunto", "La soglia di raggiungimento non può superare il 1.000%.")]
    [InlineData("100", "-5", "SogliaParziale", "La soglia di raggiungimento parziale deve essere maggiore di zero.")]
    public async Task Bad_values_are_refused_in_Italian_keeping_what_was_typed(string raggiunto, string parziale, string campo, string message)
    {
        var before = await ImpostazioniAsync();
        using var client = await app.LoginAsync(TestUsers.Controllo);

        using var response = await client.SubmitAsync(await FormAsync(client), new() { ["SogliaRaggiunto"] = raggiunto, ["SogliaParziale"] = parziale });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain(message);
        page.QuerySelector($"#{campo}-errore")!.TextContent.Should().Be(message);
        page.QuerySelector<IHtmlInputElement>("#SogliaRaggiunto")!.Value.Should().Be(raggiunto);
        page.QuerySelector<IHtmlInputElement>("#SogliaParziale")!.Value.Should().Be(parziale);
        (await ImpostazioniAsync()).Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task Controllo_changes_the_defaults_the_esiti_follow_the_change_is_audited_and_a_stale_save_is_refused()
    {
        // The migration's row: 100% and 80%, shown in the form the Italian way.
        (await ImpostazioniAsync()).Soglie.Should().Be(Soglie.Predefinite);
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var form = await FormAsync(client);
        form.QuerySelector<IHtmlInputElement>("#SogliaRaggiunto")!.Value.Should().Be("100");
        form.QuerySelector<IHtmlInputElement>("#SogliaParziale")!.Value.Should().Be("80");
        var countsBefore = await client.GetDocumentAsync("/indicatori");
        var parzialiBefore = int.Parse(countsBefore.QuerySelector("[data-esito='parziale']")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        var stale = await FormAsync(client);

        using var response = await client.SubmitAsync(await FormAsync(client), new() { ["SogliaRaggiunto"] = "120", ["SogliaParziale"] = "50" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await ImpostazioniAsync()).Soglie.Should().Be(new Soglie(120m, 50m));
        var audit = await AuditAsync();
        audit.Should().Contain(a => a.Campo == "SogliaRaggiunto" && decimal.Parse(a.ValorePrecedente!, System.Globalization.CultureInfo.InvariantCulture) == 100m
            && a.ValoreNuovo == "120" && a.Utente == TestUsers.Controllo);
        audit.Should().OnlyContain(a => a.ObiettivoOperativoId == null && a.RilevazioneId == null);
        var attesi = await app.TuttiAsync();
        var after = await client.GetDocumentAsync("/indicatori");
        after.QuerySelector("[data-esito='parziale']")!.TextContent.Should()
            .Be(attesi.Count(a => a.Esito == EsitoIndicatore.ParzialmenteRaggiunto).ToString(System.Globalization.CultureInfo.InvariantCulture));
        attesi.Count(a => a.Esito == EsitoIndicatore.ParzialmenteRaggiunto).Should().NotBe(parzialiBefore, "wider thresholds move indicators");

        using var staleResponse = await client.SubmitAsync(stale, new() { ["SogliaRaggiunto"] = "90", ["SogliaParziale"] = "70" });
        staleResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await staleResponse.ToDocumentAsync();
        page.QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Qualcun altro ha modificato le soglie").And.Contain("raggiunto da 120%");
        page.QuerySelector<IHtmlInputElement>("#SogliaRaggiunto")!.Value.Should().Be("90");
        (await ImpostazioniAsync()).Soglie.Should().Be(new Soglie(120m, 50m));
    }
}
