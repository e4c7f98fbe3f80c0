using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>Controllo di gestione sets an indicator's direction, unit and thresholds: POST /indicatori/{id}, real form.</summary>
public sealed class MisuraIndicatoreTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private async Task<Indicatore> IndicatoreAsync(string obiettivo, int ordine)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Indicatori.AsNoTracking().SingleAsync(i => i.Obiettivo.Codice == obiettivo && i.Ordine == ordine);
    }

    private async Task<List<AuditEntry>> AuditAsync(int id)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Audit.AsNoTracking().Where(a => a.Entita == nameof(Indicatore) && a.EntitaId == id).ToListAsync();
    }

    private static async Task<IHtmlFormElement> FormAsync(HttpClient client, int id) =>
        (await client.GetDocumentAsync($"/indicatori/{id}")).QuerySelector<IHtmlFormElement>("form#misura")!;

    [Fact]
    public async Task Controllo_sets_direction_unit_and_thresholds_through_the_form_and_it_is_audited()
    {
        var before = await IndicatoreAsync("C06", 1);
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var form = await FormAsync(client, before.Id);

        using var response = await client.SubmitAsync(form, new()
        {
            ["Direzione"] = "PiuBassoMeglio",
            ["Unita"] = "%",
            ["SogliaRaggiunto"] = "110",
            ["SogliaParziale"] = "90,5",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be($"/indicatori/{before.Id}");
        var after = await IndicatoreAsync("C06", 1);
        after.Direzione.Should().Be(Direzione.PiuBassoMeglio);
        after.Unita.Should().Be("%");
        after.SogliaRaggiunto.Should().Be(110m);
        after.SogliaParziale.Should().Be(90.5m);
        after.Version.Should().NotBe(before.Version);

        var audit = await AuditAsync(before.Id);
        audit.Should().Contain(a => a.Campo == "Direzione" && a.ValorePrecedente == "PiuAltoMeglio" && a.ValoreNuovo == "PiuBassoMeglio" && a.Utente == TestUsers.Controllo);
        audit.Should().Contain(a => a.Campo == "Unita" && a.ValorePrecedente == null && a.ValoreNuovo == "%");
        audit.Should().Contain(a => a.Campo == "SogliaParziale" && a.ValoreNuovo == "90.5");
        audit.Should().OnlyContain(a => a.ObiettivoOperativoId == before.ObiettivoOperativoId);

        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        page.QuerySelector(".alert-success")!.TextContent.Should().Contain("Impostazioni dell'indicatore salvate");
        page.QuerySelector("#valore-direzione")!.TextContent.Should().Be("Più basso è meglio");
        page.QuerySelector("#valore-soglie")!.TextContent.Should().Contain("Raggiunto da 110%, parziale da 90,5%").And.Contain("Soglie proprie");
        page.QuerySelector("table#storia")!.TextContent.Should().Contain("Più basso è meglio").And.Contain(TestUsers.Controllo);
        // Lower is better now: target 50 / consuntivo 91 → 54,9%, below the indicator's own 90,5%.
        var row = (await client.GetDocumentAsync("/indicatori?obiettivo=C06")).QuerySelector($"tr[data-id='{before.Id}']")!;
        row.TextContent.Should().Contain("54,9%").And.Contain("Non raggiunto").And.Contain("91,00 %");
    }

    [Fact]
    public async Task Emptying_the_thresholds_returns_to_the_defaults()
    {
        var before = await IndicatoreAsync("C07", 1);
        using var client = await app.LoginAsync(TestUsers.Controllo);
        using (var first = await client.SubmitAsync(await FormAsync(client, before.Id), new() { ["SogliaRaggiunto"] = "150", ["SogliaParziale"] = "120" }))
            first.StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var response = await client.SubmitAsync(await FormAsync(client, before.Id), new() { ["SogliaRaggiunto"] = "", ["SogliaParziale"] = "" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await IndicatoreAsync("C07", 1);
        after.SogliaRaggiunto.Should().BeNull();
        after.SogliaParziale.Should().BeNull();
    }

    [Theory]
    [InlineData(TestUsers.Segreteria)]
    [InlineData(TestUsers.Admin)]
    [InlineData(TestUsers.ResponsabileC06)]
    public async Task Other_roles_see_no_form_get_403_on_post_and_nothing_changes(string user)
    {
        var before = await IndicatoreAsync("C32", 1);
        using var client = await app.LoginAsync(user);
        var page = await client.GetDocumentAsync($"/indicatori/{before.Id}");
        page.QuerySelector("form#misura").Should().BeNull();
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Direzione"] = "PiuBassoMeglio",
            ["Unita"] = "€",
            ["SogliaRaggiunto"] = "120",
            ["SogliaParziale"] = "100",
            ["Version"] = before.Version.ToString(),
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri($"/indicatori/{before.Id}", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var after = await IndicatoreAsync("C32", 1);
        after.Direzione.Should().Be(before.Direzione);
        after.Unita.Should().Be(before.Unita);
        after.SogliaRaggiunto.Should().Be(before.SogliaRaggiunto);
        after.Version.Should().Be(before.Version);
        (await AuditAsync(before.Id)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("90", "95", "SogliaParziale", "La soglia di raggiungimento parziale deve essere minore della soglia di raggiungimento.")]
    [InlineData("2000", "80", "SogliaRaggiunto", "La soglia di raggiungimento non può superare il 1.000%.")]
    [InlineData("120", "", "SogliaParziale", "Indicare anche la soglia di raggiungimento parziale, oppure lasciare vuote entrambe le soglie.")]
    [InlineData("1.5", "80", "SogliaRaggiunto", "\"1.5\" non è un numero valido: usare la virgola per i decimali (es. 1,5).")]
    [InlineData("cento", "80", "SogliaRaggiunto", "\"cento\" non è un numero: scrivere ad esempio 1.234,56.")]
    [InlineData("100", "0", "SogliaParziale", "La soglia di raggiungimento parziale deve essere maggiore di zero.")]
    public async Task Bad_thresholds_are_refused_in_Italian_keeping_what_was_typed(string raggiunto, string parziale, string campo, string message)
    {
        var before = await IndicatoreAsync("C32", 2);
        using var client = await app.LoginAsync(TestUsers.Controllo);

        using var response = await client.SubmitAsync(await FormAsync(client, before.Id), new()
        {
            ["Direzione"] = "PiuBassoMeglio",
            ["Unita"] = "n.",
            ["SogliaRaggiunto"] = raggiunto,
            ["SogliaParziale"] = parziale,
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain(message);
        page.QuerySelector($"#{campo}-errore")!.TextContent.Should().Be(message);
        page.QuerySelector($"#{campo}")!.GetAttribute("aria-describedby").Should().Contain($"{campo}-errore");
        page.QuerySelector<IHtmlInputElement>("#SogliaRaggiunto")!.Value.Should().Be(raggiunto);
        page.QuerySelector<IHtmlInputElement>("#SogliaParziale")!.Value.Should().Be(parziale);
        page.QuerySelector<IHtmlInputElement>("#Unita")!.Value.Should().Be("n.");
        page.QuerySelector<IHtmlInputElement>("input[name='Direzione'][value='PiuBassoMeglio']")!.IsChecked.Should().BeTrue();
        var after = await IndicatoreAsync("C32", 2);
        after.Version.Should().Be(before.Version);
        after.Direzione.Should().Be(Direzione.PiuAltoMeglio);
        (await AuditAsync(before.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_direction_and_a_long_unit_are_refused()
    {
        var before = await IndicatoreAsync("C32", 3);
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var page = await client.GetDocumentAsync($"/indicatori/{before.Id}");
        var token = page.QuerySelector<IHtmlInputElement>("form#misura input[name='__RequestVerificationToken']")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Unita"] = new string('x', 25),
            ["Version"] = before.Version.ToString(),
            ["__RequestVerificationToken"] = token,
        });

        using var response = await client.PostAsync(new Uri($"/indicatori/{before.Id}", UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var errors = (await response.ToDocumentAsync()).QuerySelector("#riepilogo-errori")!.TextContent;
        errors.Should().Contain("Indicare se per l'indicatore è meglio un valore più alto o più basso.")
            .And.Contain("L'unità di misura può contenere al massimo 20 caratteri.");
        (await IndicatoreAsync("C32", 3)).Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task A_stale_save_is_refused_shows_the_saved_values_and_keeps_the_typed_ones()
    {
        var before = await IndicatoreAsync("C06", 2);
        using var client = await app.LoginAsync(TestUsers.Controllo);
        var form = await FormAsync(client, before.Id);

        // Someone else saves in between.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var other = await db.Indicatori.SingleAsync(i => i.Id == before.Id);
            other.ImpostaMisura(Direzione.PiuAltoMeglio, "€", 130m, 110m);
            await db.SaveChangesAsync();
        }

        using var response = await client.SubmitAsync(form, new()
        {
            ["Direzione"] = "PiuBassoMeglio",
            ["Unita"] = "n.",
            ["SogliaRaggiunto"] = "105",
            ["SogliaParziale"] = "95",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Qualcun altro ha modificato l'indicatore")
            .And.Contain("unità «€»").And.Contain("soglie 130% e 110%");
        page.QuerySelector<IHtmlInputElement>("#SogliaRaggiunto")!.Value.Should().Be("105");
        page.QuerySelector<IHtmlInputElement>("#Unita")!.Value.Should().Be("n.");
        var saved = await IndicatoreAsync("C06", 2);
        saved.Unita.Should().Be("€");
        saved.SogliaRaggiunto.Should().Be(130m);

        // Saving again on purpose replaces the other version.
        using var again = await client.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#misura")!, new());
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await IndicatoreAsync("C06", 2)).Unita.Should().Be("n.");
    }
}
