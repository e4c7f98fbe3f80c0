using System.Net;
using System.Net.Http.Headers;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Impostazioni;
using Cremona.Dup.Web.Features.Promemoria;
using Cremona.Dup.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// The Amministratore's settings: ente name and logo in the pages and the Allegato 6, e-mail and reminder overrides in
/// force at once, Italian errors with nothing saved, the audit without the SMTP password.
/// </summary>
public sealed class ImpostazioniTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    internal static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private async Task<ImpostazioniApplicazione> RowAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ImpostazioniApplicazione.AsNoTracking().SingleAsync();
    }

    private async Task<List<AuditEntry>> AuditAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Audit.AsNoTracking()
            .Where(a => a.Entita == nameof(ImpostazioniApplicazione)).OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>Posts the settings form as the browser would (multipart), starting from the values the page shows.</summary>
    internal static async Task<HttpResponseMessage> SaveAsync(HttpClient client, Dictionary<string, string> changes,
        (byte[] Content, string Name, string Type)? logo = null)
    {
        var page = await client.GetDocumentAsync("/amministrazione/impostazioni");
        var form = page.QuerySelector<IHtmlFormElement>("form#impostazioni")!;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "file" || (input.Type is "checkbox" && !input.IsChecked)) continue;
            fields[input.Name!] = input.Value;
        }
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]")) fields[select.Name!] = select.Value ?? "";
        foreach (var (key, value) in changes) fields[key] = value;
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields) content.Add(new StringContent(value), key);
        if (logo is { } file)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.Type);
            content.Add(part, "Logo", file.Name);
        }
        return await client.PostAsync(new Uri("/amministrazione/impostazioni", UriKind.Relative), content);
    }

    [Fact]
    public async Task The_ente_name_is_shown_in_every_page_and_in_the_Allegato_6_whose_cache_follows_it()
    {
        using var admin = await app.LoginAsync(TestUsers.Admin);
        using var controllo = await app.LoginAsync(TestUsers.Controllo);
        using (var first = await controllo.GetAsync(new Uri("/report/allegato6.xlsx?data=2019-06-30", UriKind.Relative)))
            first.StatusCode.Should().Be(HttpStatusCode.OK);

        using var saved = await SaveAsync(admin, new() { ["NomeEnte"] = "Comune di Cremona – Città d'arte" });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await RowAsync()).NomeEnte.Should().Be("Comune di Cremona – Città d'arte");
        var home = await controllo.GetDocumentAsync("/");
        home.QuerySelector("#nome-ente")!.TextContent.Should().Be("Comune di Cremona – Città d'arte");
        home.Title.Should().EndWith("Cremona.Dup – Comune di Cremona – Città d'arte");
        using (var login = app.CreateBrowserClient())
            (await login.GetDocumentAsync("/Account/Login")).QuerySelector("#nome-ente")!.TextContent.Should().Be("Comune di Cremona – Città d'arte");

        using var after = await controllo.GetAsync(new Uri("/report/allegato6.xlsx?data=2019-06-30", UriKind.Relative));
        after.Headers.GetValues("X-Cache").Single().Should().Be("MISS", "a new ente name makes a new file");
        using var workbook = new XlsxFile(await after.Content.ReadAsByteArrayAsync());
        workbook.Creator.Should().Be("Comune di Cremona – Città d'arte – Segreteria Generale");

        (await AuditAsync()).Should().ContainSingle(a => a.Campo == "NomeEnte" && a.ValorePrecedente == "Comune di Cremona"
            && a.ValoreNuovo == "Comune di Cremona – Città d'arte" && a.Utente == TestUsers.Admin);
        using var restored = await SaveAsync(admin, new() { ["NomeEnte"] = "Comune di Cremona" });
        restored.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_PNG_logo_is_stored_served_with_caching_shown_in_the_header_and_removable()
    {
        using var admin = await app.LoginAsync(TestUsers.Admin);

        using var saved = await SaveAsync(admin, [], (Png, "stemma.png", "image/png"));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var row = await RowAsync();
        row.LogoTipo.Should().Be("image/png");
        row.Logo.Should().Equal(Png);
        var home = await admin.GetDocumentAsync("/");
        var src = home.QuerySelector<IHtmlImageElement>("img#logo-ente")!.GetAttribute("src")!;
        src.Should().Be($"/ente/logo?v={row.LogoVersione!.Value:N}");
        using (var anonymous = app.CreateBrowserClient())
        using (var logo = await anonymous.GetAsync(new Uri(src, UriKind.Relative)))
        {
            logo.StatusCode.Should().Be(HttpStatusCode.OK);
            logo.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
            logo.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromDays(365));
            logo.Headers.ETag!.Tag.Should().Be($"\"{row.LogoVersione:N}\"");
            (await logo.Content.ReadAsByteArrayAsync()).Should().Equal(Png);
        }
        (await AuditAsync()).Should().Contain(a => a.Campo == "Logo" && a.ValoreNuovo!.StartsWith("70 byte, SHA-256 ", StringComparison.Ordinal));

        using var removed = await SaveAsync(admin, new() { ["RimuoviLogo"] = "true" });
        removed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await RowAsync()).Logo.Should().BeNull();
        (await admin.GetDocumentAsync("/")).QuerySelector("img#logo-ente").Should().BeNull();
    }

    [Theory]
    [InlineData("logo.png", "image/png", false, LogoEnte.MessaggioTipo)]
    [InlineData("logo.svg", "image/svg+xml", false, LogoEnte.MessaggioTipo)]
    [InlineData("grande.png", "image/png", true, LogoEnte.MessaggioDimensione)]
    public async Task A_logo_that_is_not_a_PNG_or_JPEG_or_too_big_is_refused(string name, string type, bool big, string message)
    {
        var before = await RowAsync();
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var content = big
            ? [.. Png, .. new byte[ImpostazioniApplicazione.MaxLogoBytes]]
            : "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();

        using var response = await SaveAsync(admin, new() { ["NomeEnte"] = "Non salvato" }, (content, name, type));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("#Logo-errore")!.TextContent.Should().Be(message);
        page.QuerySelector<IHtmlInputElement>("#NomeEnte")!.Value.Should().Be("Non salvato", "what was typed is kept");
        var after = await RowAsync();
        after.Version.Should().Be(before.Version, "nothing is saved");
        after.NomeEnte.Should().Be(before.NomeEnte);
    }

    [Theory]
    [InlineData("SmtpPort", "70000", "SmtpPort", "La porta SMTP deve essere un numero tra 1 e 65535.")]
    [InlineData("SmtpPort", "abc", "SmtpPort", "La porta SMTP deve essere un numero tra 1 e 65535.")]
    [InlineData("EmailModalita", "Smtp", "SmtpHost", "Con Email:Modalita=Smtp indicare il server SMTP in Email:Smtp:Host")]
    [InlineData("EmailMittente", "non-un-indirizzo", "EmailMittente", "Email:Mittente deve essere un indirizzo e-mail valido")]
    [InlineData("GiorniPrima", "sette", "GiorniPrima", "Indicare i giorni prima della scadenza come numeri interi")]
    [InlineData("GiorniDopo", "0", "GiorniDopo", "Promemoria:GiorniDopo deve contenere numeri di giorni tra 1 e 365.")]
    [InlineData("NomeEnte", "", "NomeEnte", "Indicare il nome dell'ente.")]
    public async Task Bad_settings_are_refused_in_Italian_and_nothing_is_saved(string field, string value, string campo, string message)
    {
        var before = await RowAsync();
        var audit = (await AuditAsync()).Count;
        using var admin = await app.LoginAsync(TestUsers.Admin);

        using var response = await SaveAsync(admin, new() { [field] = value });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain(message);
        page.QuerySelector($"#{campo}-errore")!.TextContent.Should().Contain(message);
        (await RowAsync()).Version.Should().Be(before.Version);
        (await AuditAsync()).Should().HaveCount(audit);
    }

    [Fact]
    public async Task Smtp_and_reminder_overrides_are_in_force_at_once_and_the_password_is_never_shown_or_audited()
    {
        using var admin = await app.LoginAsync(TestUsers.Admin);

        using var saved = await SaveAsync(admin, new()
        {
            ["EmailModalita"] = "Smtp",
            ["SmtpHost"] = "smtp.comune.cremona.example",
            ["SmtpPort"] = "465",
            ["SmtpSicurezza"] = "SslOnConnect",
            ["SmtpUtente"] = "dup",
            ["SmtpPassword"] = "Segreta.Smtp.42",
            ["EmailMittente"] = "dup@comune.cremona.example",
            ["GiorniPrima"] = "10, 3",
            ["GiorniDopo"] = "2",
        });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var email = app.Services.GetRequiredService<IOptionsMonitor<EmailOptions>>().CurrentValue;
        email.Modalita.Should().Be(ModalitaEmail.Smtp);
        email.Smtp.Host.Should().Be("smtp.comune.cremona.example");
        email.Smtp.Port.Should().Be(465);
        email.Smtp.Sicurezza.Should().Be(SicurezzaSmtp.SslOnConnect);
        email.Smtp.Utente.Should().Be("dup");
        email.Smtp.Password.Should().Be("Segreta.Smtp.42");
        var promemoria = app.Services.GetRequiredService<IOptionsMonitor<PromemoriaOptions>>().CurrentValue;
        promemoria.RegolePrima.Should().Equal(10, 3);
        promemoria.RegoleDopo.Should().Equal(2);

        var row = await RowAsync();
        row.SmtpPasswordProtetta.Should().NotBeNull().And.NotContain("Segreta.Smtp.42", "stored encrypted");
        var html = await (await admin.GetAsync(new Uri("/amministrazione/impostazioni", UriKind.Relative))).Content.ReadAsStringAsync();
        html.Should().NotContain("Segreta.Smtp.42");
        var audit = await AuditAsync();
        audit.Should().ContainSingle(a => a.Campo == "SmtpPasswordProtetta" && a.ValoreNuovo == "(impostata)");
        audit.Should().NotContain(a => (a.ValoreNuovo ?? "").Contains("Segreta", StringComparison.Ordinal)
            || (a.ValoreNuovo ?? "") == row.SmtpPasswordProtetta);
        audit.Should().Contain(a => a.Campo == "SmtpPort" && a.ValoreNuovo == "465");

        // Saved again with the password left blank: it is kept.
        using var again = await SaveAsync(admin, new() { ["SmtpPort"] = "587", ["SmtpSicurezza"] = "StartTls" });
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        app.Services.GetRequiredService<IOptionsMonitor<EmailOptions>>().CurrentValue.Smtp.Password.Should().Be("Segreta.Smtp.42");

        // Back to the configuration: empty fields and the password cleared.
        using var reset = await SaveAsync(admin, new()
        {
            ["EmailModalita"] = "",
            ["SmtpHost"] = "",
            ["SmtpPort"] = "",
            ["SmtpSicurezza"] = "",
            ["SmtpUtente"] = "",
            ["CancellaPasswordSmtp"] = "true",
            ["EmailMittente"] = "",
            ["GiorniPrima"] = "",
            ["GiorniDopo"] = "",
        });
        reset.StatusCode.Should().Be(HttpStatusCode.Redirect);
        app.Services.GetRequiredService<IOptionsMonitor<EmailOptions>>().CurrentValue.Modalita.Should().Be(ModalitaEmail.Pickup);
        app.Services.GetRequiredService<IOptionsMonitor<PromemoriaOptions>>().CurrentValue.RegolePrima
            .Should().Equal(PromemoriaOptions.DefaultGiorniPrima);
        (await RowAsync()).SmtpPasswordProtetta.Should().BeNull();
    }

    [Fact]
    public async Task A_stale_save_is_refused()
    {
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var stale = (await RowAsync()).Version;
        (await SaveAsync(admin, new() { ["EmailNomeMittente"] = "Primo" })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var response = await SaveAsync(admin, new() { ["EmailNomeMittente"] = "Secondo", ["Version"] = stale.ToString() });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ToDocumentAsync()).QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Qualcun altro ha modificato le impostazioni");
        (await RowAsync()).EmailNomeMittente.Should().Be("Primo");
    }
}
