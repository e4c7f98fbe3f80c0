using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Features.Utenti;
using Cremona.Dup.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// The Amministratore's accounts through the real forms: create with a temporary password, forced change at the first
/// login, edit, deactivate, unlock, reset; Italian errors with nothing saved; the last administrator; the audit.
/// </summary>
public sealed class UtentiTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private static async Task<IHtmlFormElement> FormAsync(HttpClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector<IHtmlFormElement>("form#account")!;

    [Fact]
    public async Task Admin_creates_an_account_whose_temporary_password_must_be_changed_before_anything_else()
    {
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var form = await FormAsync(admin, "/amministrazione/utenti/nuovo");
        form.Check("Ruoli", Roles.Responsabile);
        var responsabile = await app.ResponsabileIdAsync("Pesaro Mara");

        using var created = await admin.SubmitAsync(form, new()
        {
            ["UserName"] = "rossi.maria",
            ["NomeCompleto"] = "Rossi Maria",
            ["Email"] = "maria.rossi@comune.cremona.example",
            ["ResponsabileId"] = responsabile.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        created.StatusCode.Should().Be(HttpStatusCode.OK, "the temporary password is shown once, in this response");
        created.Headers.CacheControl!.NoStore.Should().BeTrue();
        var shown = await created.ToDocumentAsync();
        var password = shown.QuerySelector("#password-temporanea")!.TextContent.Trim();
        password.Should().HaveLength(PasswordTemporanea.Lunghezza);
        var user = await app.UserAsync("rossi.maria");
        user.NomeCompleto.Should().Be("Rossi Maria");
        user.ResponsabileId.Should().Be(responsabile);
        user.CambioPasswordObbligatorio.Should().BeTrue();
        (await app.RolesAsync("rossi.maria")).Should().Equal(Roles.Responsabile);

        var list = await admin.GetDocumentAsync("/amministrazione/utenti?q=rossi");
        var row = list.QuerySelector("tr[data-utente='rossi.maria']")!;
        row.TextContent.Should().Contain("Responsabile di settore").And.Contain("Pesaro Mara").And.Contain("Password temporanea");

        var audit = await app.AccountAuditAsync(user.Id);
        audit.Select(a => a.Campo).Should().Contain(["Account", "NomeCompleto", "Email", "Ruoli", "Responsabile", "Password"]);
        audit.Should().OnlyContain(a => a.Utente == TestUsers.Admin);
        audit.Should().NotContain(a => (a.ValoreNuovo ?? "").Contains(password, StringComparison.Ordinal), "a password is never recorded");

        // First login: straight to the change page, and no other address or form is reachable until the change.
        using var maria = await app.LoginExpectingAsync("rossi.maria", password, "/account/cambia-password");
        foreach (var url in new[] { "/", "/programmi", "/rilevazioni/2019-12-31/obiettivi/C06", "/notifiche" })
        {
            using var blocked = await maria.GetAsync(new Uri(url, UriKind.Relative));
            blocked.StatusCode.Should().Be(HttpStatusCode.Redirect, url);
            blocked.Headers.Location!.OriginalString.Should().Be("/account/cambia-password");
        }
        var changePage = await maria.GetDocumentAsync("/account/cambia-password");
        changePage.QuerySelector("#cambio-obbligatorio").Should().NotBeNull();
        var token = changePage.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using (var post = await maria.PostFieldsAsync("/notifiche/lette", [], token))
        {
            post.StatusCode.Should().Be(HttpStatusCode.Redirect);
            post.Headers.Location!.OriginalString.Should().Be("/account/cambia-password");
        }

        using var changed = await maria.SubmitAsync(changePage.QuerySelector<IHtmlFormElement>("form#cambia-password")!, new()
        {
            ["PasswordAttuale"] = password,
            ["NuovaPassword"] = "Nuova.Password.2026",
            ["ConfermaPassword"] = "Nuova.Password.2026",
        });
        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        changed.Headers.Location!.OriginalString.Should().Be("/");
        using (var home = await maria.GetAsync(new Uri("/", UriKind.Relative)))
            home.StatusCode.Should().Be(HttpStatusCode.OK, "the renewed cookie no longer forces the change");
        (await app.UserAsync("rossi.maria")).CambioPasswordObbligatorio.Should().BeFalse();
        (await app.AccountAuditAsync(user.Id)).Should().Contain(a => a.Campo == "Password" && a.Utente == "rossi.maria");

        using var again = app.CreateBrowserClient();
        (await again.LoginAsync("rossi.maria", password)).StatusCode.Should().Be(HttpStatusCode.OK, "the temporary password is gone");
        await app.LoginExpectingAsync("rossi.maria", "Nuova.Password.2026", "/");
    }

    [Theory]
    [InlineData("segreteria", "Nome", "x@y.it", "UserName", "Il nome utente \"segreteria\" è già in uso.")]
    [InlineData("Maiuscole.No", "Nome", "", "UserName", NomeUtente.Messaggio)]
    [InlineData("", "Nome", "", "UserName", "Indicare il nome utente.")]
    [InlineData("nuovo.utente", "", "", "NomeCompleto", "Indicare nome e cognome.")]
    [InlineData("nuovo.utente", "Nome", "non-una-email", "Email", "L'indirizzo e-mail non è valido.")]
    public async Task Bad_input_is_refused_in_Italian_keeping_what_was_typed_and_saving_nothing(
        string userName, string nome, string email, string campo, string message)
    {
        var users = await app.UserCountAsync();
        var audit = (await app.AccountAuditAsync()).Count;
        using var admin = await app.LoginAsync(TestUsers.Admin);

        using var response = await admin.SubmitAsync(await FormAsync(admin, "/amministrazione/utenti/nuovo"),
            new() { ["UserName"] = userName, ["NomeCompleto"] = nome, ["Email"] = email });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.ToDocumentAsync();
        page.QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain(message);
        page.QuerySelector($"#{campo}-errore")!.TextContent.Should().Be(message);
        page.QuerySelector<IHtmlInputElement>("#UserName")!.Value.Should().Be(userName);
        page.QuerySelector<IHtmlInputElement>("#Email")!.Value.Should().Be(email);
        (await app.UserCountAsync()).Should().Be(users);
        (await app.AccountAuditAsync()).Should().HaveCount(audit);
    }

    [Theory]
    [InlineData("ResponsabileId", "999999", "Il responsabile indicato non esiste nel piano.")]
    [InlineData("Referenti", "999999", "Uno dei responsabili indicati per i referenti non esiste nel piano.")]
    [InlineData("Ruoli", "Superutente", "Ruolo non valido: ricaricare la pagina.")]
    public async Task Forged_ids_and_roles_are_refused_and_nothing_is_saved(string field, string value, string message)
    {
        var users = await app.UserCountAsync();
        using var admin = await app.LoginAsync(TestUsers.Admin);

        using var response = await admin.PostFieldsAsync("/amministrazione/utenti/nuovo",
            [new("UserName", "forgiato"), new("NomeCompleto", "Forgiato"), new(field, value)]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ToDocumentAsync()).QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain(message);
        (await app.UserCountAsync()).Should().Be(users);
    }

    [Fact]
    public async Task A_responsabile_role_needs_a_linked_responsabile()
    {
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var form = await FormAsync(admin, "/amministrazione/utenti/nuovo");
        form.Check("Ruoli", Roles.Responsabile);
        using var response = await admin.SubmitAsync(form, new() { ["UserName"] = "senza.responsabile", ["NomeCompleto"] = "Senza" });
        (await response.ToDocumentAsync()).QuerySelector("#ResponsabileId-errore")!.TextContent
            .Should().Contain("va collegato a un responsabile del piano");
    }

    [Fact]
    public async Task Admin_edits_name_email_roles_and_referenti_and_each_change_is_audited()
    {
        var user = await app.CreateUserAsync("da.modificare", "Password.Iniziale1", [Roles.ControlloGestione]);
        var referente = await app.ResponsabileIdAsync("Grossi Eugenia");
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var form = await FormAsync(admin, $"/amministrazione/utenti/{user.Id}");
        form.Check("Ruoli", Roles.Segreteria);
        form.Check("Referenti", referente.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var response = await admin.SubmitAsync(form, new() { ["NomeCompleto"] = "Nome Cambiato", ["Email"] = "cambiato@comune.cremona.example" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await app.UserAsync("da.modificare");
        after.NomeCompleto.Should().Be("Nome Cambiato");
        after.Email.Should().Be("cambiato@comune.cremona.example");
        after.Referenze.Select(r => r.ResponsabileId).Should().Equal(referente);
        (await app.RolesAsync("da.modificare")).Should().Equal(Roles.Segreteria);
        var audit = await app.AccountAuditAsync(user.Id);
        audit.Should().ContainSingle(a => a.Campo == "Ruoli" && a.ValorePrecedente == "Controllo di gestione" && a.ValoreNuovo == "Segreteria Generale");
        audit.Should().ContainSingle(a => a.Campo == "Referenti" && a.ValorePrecedente == null && a.ValoreNuovo == "Grossi Eugenia");
        audit.Should().ContainSingle(a => a.Campo == "NomeCompleto" && a.ValorePrecedente == "da.modificare" && a.ValoreNuovo == "Nome Cambiato");
        var page = await admin.FollowAsync(response);
        page.QuerySelector("#storia")!.TextContent.Should().Contain("Nome Cambiato").And.Contain("Segreteria Generale");
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_the_other_change_is_kept()
    {
        var user = await app.CreateUserAsync("modifica.concorrente", "Password.Iniziale1", [Roles.ControlloGestione]);
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var first = await FormAsync(admin, $"/amministrazione/utenti/{user.Id}");
        var second = await FormAsync(admin, $"/amministrazione/utenti/{user.Id}");
        (await admin.SubmitAsync(first, new() { ["NomeCompleto"] = "Primo" })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var stale = await admin.SubmitAsync(second, new() { ["NomeCompleto"] = "Secondo" });

        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stale.ToDocumentAsync()).QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Qualcun altro ha modificato l'account");
        (await app.UserAsync("modifica.concorrente")).NomeCompleto.Should().Be("Primo");
    }

    [Fact]
    public async Task The_last_active_administrator_keeps_the_role_and_cannot_be_deactivated()
    {
        // Other tests of this class may have made more administrators: deactivate them, so "admin" is the last one.
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var other in (await users.GetUsersInRoleAsync(Roles.Amministratore)).Where(u => u.UserName != TestUsers.Admin))
            {
                other.Attivo = false;
                await users.UpdateAsync(other);
            }
        }
        var adminUser = await app.UserAsync(TestUsers.Admin);
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var form = await FormAsync(admin, $"/amministrazione/utenti/{adminUser.Id}");
        form.Check("Ruoli", Roles.Segreteria);

        using var response = await admin.SubmitAsync(form, new());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ToDocumentAsync()).QuerySelector("#Ruoli-errore")!.TextContent.Should().Be(UltimoAmministratore.MessaggioRuolo);
        (await app.RolesAsync(TestUsers.Admin)).Should().Equal(Roles.Amministratore);

        using var deactivate = await admin.PostFieldsAsync($"/amministrazione/utenti/{adminUser.Id}/disattiva", []);
        var page = await admin.FollowAsync(deactivate);
        page.QuerySelector(".alert-danger")!.TextContent.Should().Contain("Non puoi disattivare il tuo stesso account.");
        (await app.UserAsync(TestUsers.Admin)).Attivo.Should().BeTrue();
    }

    [Fact]
    public async Task With_a_second_administrator_the_role_can_be_removed_from_the_first()
    {
        await app.CreateUserAsync("secondo.admin", "Password.Iniziale1", [Roles.Amministratore]);
        var terzo = await app.CreateUserAsync("terzo.admin", "Password.Iniziale1", [Roles.Amministratore]);
        using var second = await app.LoginAsync("secondo.admin", "Password.Iniziale1");
        var form = await FormAsync(second, $"/amministrazione/utenti/{terzo.Id}");
        form.Check("Ruoli", Roles.ControlloGestione);

        using var response = await second.SubmitAsync(form, new());

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.RolesAsync("terzo.admin")).Should().Equal(Roles.ControlloGestione);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_log_in_until_reactivated_and_keeps_its_history()
    {
        var user = await app.CreateUserAsync("da.disattivare", "Password.Iniziale1", [Roles.ControlloGestione]);
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var page = await admin.GetDocumentAsync($"/amministrazione/utenti/{user.Id}");
        page.QuerySelector("form[action$='/elimina']").Should().BeNull("accounts are deactivated, never deleted");

        using (var off = await admin.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#disattiva")!, new()))
            off.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await app.UserAsync("da.disattivare")).Attivo.Should().BeFalse();
        using (var refused = app.CreateBrowserClient())
        {
            using var login = await refused.LoginAsync("da.disattivare", "Password.Iniziale1");
            login.StatusCode.Should().Be(HttpStatusCode.OK);
            (await login.ToDocumentAsync()).QuerySelector(".alert-danger")!.TextContent.Should().Contain("Nome utente o password non corretti.");
        }
        var list = await admin.GetDocumentAsync("/amministrazione/utenti?stato=disattivati");
        list.QuerySelector("tr[data-utente='da.disattivare']")!.TextContent.Should().Contain("Disattivato");

        page = await admin.GetDocumentAsync($"/amministrazione/utenti/{user.Id}");
        using (var on = await admin.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#riattiva")!, new()))
            on.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await app.LoginExpectingAsync("da.disattivare", "Password.Iniziale1", "/");
        (await app.AccountAuditAsync(user.Id)).Where(a => a.Campo == "Attivo").Select(a => a.ValoreNuovo)
            .Should().Equal("no (disattivato)", "sì (riattivato)");
    }

    [Fact]
    public async Task A_locked_out_account_is_shown_as_such_and_the_administrator_unlocks_it()
    {
        var user = await app.CreateUserAsync("da.sbloccare", "Password.Iniziale1", [Roles.ControlloGestione]);
        for (var i = 0; i < 5; i++)
        {
            using var client = app.CreateBrowserClient();
            using var _ = await client.LoginAsync("da.sbloccare", "sbagliata-" + i);
        }
        using (var locked = app.CreateBrowserClient())
        {
            using var login = await locked.LoginAsync("da.sbloccare", "Password.Iniziale1");
            (await login.ToDocumentAsync()).QuerySelector(".alert-danger")!.TextContent.Should().Contain("bloccato");
        }
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var list = await admin.GetDocumentAsync("/amministrazione/utenti?stato=bloccati");
        list.QuerySelector("tr[data-utente='da.sbloccare']")!.TextContent.Should().Contain("Bloccato");
        var page = await admin.GetDocumentAsync($"/amministrazione/utenti/{user.Id}");

        using (var unlock = await admin.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#sblocca")!, new()))
            unlock.StatusCode.Should().Be(HttpStatusCode.Redirect);

        await app.LoginExpectingAsync("da.sbloccare", "Password.Iniziale1", "/");
        (await app.AccountAuditAsync(user.Id)).Should().ContainSingle(a => a.Campo == "Blocco" && a.ValoreNuovo == "sbloccato");
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_and_must_be_changed_at_the_next_login()
    {
        var user = await app.CreateUserAsync("da.reimpostare", "Password.Iniziale1", [Roles.ControlloGestione]);
        using var admin = await app.LoginAsync(TestUsers.Admin);
        var page = await admin.GetDocumentAsync($"/amministrazione/utenti/{user.Id}");

        using var reset = await admin.SubmitAsync(page.QuerySelector<IHtmlFormElement>("form#reimposta-password")!, new());

        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        var password = (await reset.ToDocumentAsync()).QuerySelector("#password-temporanea")!.TextContent.Trim();
        using (var old = app.CreateBrowserClient())
            (await old.LoginAsync("da.reimpostare", "Password.Iniziale1")).StatusCode.Should().Be(HttpStatusCode.OK, "the old password no longer works");
        using var client = await app.LoginExpectingAsync("da.reimpostare", password, "/account/cambia-password");
        var audit = await app.AccountAuditAsync(user.Id);
        audit.Should().ContainSingle(a => a.Campo == "Password" && a.ValoreNuovo!.StartsWith("reimpostata", StringComparison.Ordinal));
        audit.Should().NotContain(a => (a.ValoreNuovo ?? "").Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_user_changes_their_own_password_with_Italian_errors()
    {
        await app.CreateUserAsync("cambia.da.se", "Password.Iniziale1", [Roles.ControlloGestione]);
        using var client = await app.LoginAsync("cambia.da.se", "Password.Iniziale1");
        var home = await client.GetDocumentAsync("/");
        home.QuerySelector<IHtmlAnchorElement>("a[data-testid='utente']")!.PathName.Should().Be("/account/cambia-password");
        var form = (await client.GetDocumentAsync("/account/cambia-password")).QuerySelector<IHtmlFormElement>("form#cambia-password")!;

        using var wrong = await client.SubmitAsync(form, new()
        {
            ["PasswordAttuale"] = "sbagliata-123",
            ["NuovaPassword"] = "Nuova.Password.2026",
            ["ConfermaPassword"] = "Nuova.Password.2026",
        });
        wrong.StatusCode.Should().Be(HttpStatusCode.OK);
        (await wrong.ToDocumentAsync()).QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Password non corretta.");

        form = (await client.GetDocumentAsync("/account/cambia-password")).QuerySelector<IHtmlFormElement>("form#cambia-password")!;
        using var mismatch = await client.SubmitAsync(form, new()
        {
            ["PasswordAttuale"] = "Password.Iniziale1",
            ["NuovaPassword"] = "Nuova.Password.2026",
            ["ConfermaPassword"] = "Altra.Password.2026",
        });
        (await mismatch.ToDocumentAsync()).QuerySelector("#riepilogo-errori")!.TextContent.Should().Contain("Le due password nuove non coincidono.");

        form = (await client.GetDocumentAsync("/account/cambia-password")).QuerySelector<IHtmlFormElement>("form#cambia-password")!;
        using var ok = await client.SubmitAsync(form, new()
        {
            ["PasswordAttuale"] = "Password.Iniziale1",
            ["NuovaPassword"] = "Nuova.Password.2026",
            ["ConfermaPassword"] = "Nuova.Password.2026",
        });
        ok.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await app.LoginExpectingAsync("cambia.da.se", "Nuova.Password.2026", "/");
    }
}
