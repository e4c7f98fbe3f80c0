using System.Net;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>Reads and arranges accounts straight in the app's database, for the administration tests.</summary>
public static class Accounts
{
    public static async Task<AppUser> UserAsync(this DupAppFactory app, string userName)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AsNoTracking()
            .Include(u => u.Referenze).SingleAsync(u => u.UserName == userName);
    }

    public static async Task<IReadOnlyList<string>> RolesAsync(this DupAppFactory app, string userName)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.GetRolesAsync((await users.FindByNameAsync(userName))!)).ToList();
    }

    public static async Task<int> UserCountAsync(this DupAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.CountAsync();
    }

    public static async Task<List<AuditEntry>> AccountAuditAsync(this DupAppFactory app, string? userId = null)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Audit.AsNoTracking()
            .Where(a => a.Entita == AuditAccount.Entita && (userId == null || a.EntitaChiave == userId))
            .OrderBy(a => a.Id).ToListAsync();
    }

    public static async Task<int> ResponsabileIdAsync(this DupAppFactory app, string nome)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Responsabili.Where(r => r.Nome == nome)
            .Select(r => r.Id).SingleAsync();
    }

    /// <summary>A new account with a known password, roles and referenze, made through Identity as the app would.</summary>
    public static async Task<AppUser> CreateUserAsync(this DupAppFactory app, string userName, string password, string[] roles,
        int? responsabileId = null, params int[] referenteDi)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new AppUser { UserName = userName, NomeCompleto = userName, ResponsabileId = responsabileId };
        (await users.CreateAsync(user, password)).Succeeded.Should().BeTrue();
        (await users.AddToRolesAsync(user, roles)).Succeeded.Should().BeTrue();
        foreach (var id in referenteDi) db.Referenti.Add(new Referente(user.Id, id));
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>The antiforgery token of the user's session (the layout's logout form carries one on every page).</summary>
    public static async Task<string> TokenAsync(this HttpClient client)
    {
        var home = await client.GetDocumentAsync("/");
        return home.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
    }

    public static async Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string url,
        IEnumerable<KeyValuePair<string, string>> fields, string? token = null)
    {
        token ??= await client.TokenAsync();
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Ticks exactly the given checkboxes named <paramref name="name"/> (and unticks the others) on a form.</summary>
    public static void Check(this IHtmlFormElement form, string name, params string[] values)
    {
        foreach (var box in form.QuerySelectorAll<IHtmlInputElement>($"input[type=checkbox][name='{name}']"))
            box.IsChecked = values.Contains(box.Value);
    }

    public static async Task<HttpClient> LoginExpectingAsync(this DupAppFactory app, string userName, string password, string location)
    {
        var client = app.CreateBrowserClient();
        var response = await client.LoginAsync(userName, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(location);
        return client;
    }
}
