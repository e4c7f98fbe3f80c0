using System.Net;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>Puts rounds and obiettivi in a given state through the domain, and reads them back, in a scope of the app.</summary>
public static class RilevazioniTestData
{
    public static readonly DateOnly Annuale2019 = new(2019, 12, 31);
    public static readonly DateOnly Infrannuale2019 = new(2019, 6, 30);

    /// <summary>Moves an obiettivo of a round to <paramref name="target"/> the way people would; no-op when already there.</summary>
    public static async Task PortaAsync(this DupAppFactory app, DateOnly data, string codice, StatoCompilazione target)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = await db.RilevazioniObiettivi.Include(r => r.Rilevazione).Include(r => r.Obiettivo)
            .SingleAsync(r => r.Rilevazione.Data == data && r.Obiettivo.Codice == codice);
        if (item.Stato == target) return;
        var now = DateTime.UtcNow;
        if (item.Stato is StatoCompilazione.DaCompilare or StatoCompilazione.Bozza or StatoCompilazione.Restituito)
            item.Update("Stato di attuazione scritto dal test.", null);
        if (target != StatoCompilazione.Bozza)
        {
            item.Invia(now, "test");
            if (target == StatoCompilazione.Restituito) item.Restituisci("Da completare.");
            if (target == StatoCompilazione.Validato) item.Valida(now, "test");
        }
        await db.SaveChangesAsync();
    }

    /// <summary>A round created, filled with every obiettivo and opened directly through the domain.</summary>
    public static async Task CreaRilevazioneApertaAsync(this DupAppFactory app, DateOnly data, string titolo)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The deadline in 30 days as the app counts days: in Rome (see Formats.Oggi).
        var round = new Rilevazione(data, titolo, Web.Infrastructure.Web.Formats.Oggi(TimeProvider.System).AddDays(30));
        foreach (var obiettivo in await db.ObiettiviOperativi.ToListAsync()) round.Includi(obiettivo);
        round.Apri(DateTime.UtcNow);
        db.Rilevazioni.Add(round);
        await db.SaveChangesAsync();
    }

    public static async Task<T> InDbAsync<T>(this DupAppFactory app, Func<AppDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<RilevazioneObiettivo> ObiettivoAsync(this DupAppFactory app, DateOnly data, string codice) =>
        app.InDbAsync(db => db.RilevazioniObiettivi.AsNoTracking().Include(r => r.Rilevazione).Include(r => r.Obiettivo)
            .SingleAsync(r => r.Rilevazione.Data == data && r.Obiettivo.Codice == codice));

    /// <summary>Submits a form as a click on <paramref name="submitter"/> would (its formaction and name/value included).</summary>
    public static Task<HttpResponseMessage> SubmitWithAsync(this HttpClient client, IHtmlFormElement form, IHtmlElement submitter)
    {
        var submission = form.GetSubmission(submitter)!;
        var content = new StreamContent(submission.Body);
        foreach (var (header, value) in submission.Headers)
            content.Headers.TryAddWithoutValidation(header, value);
        // AngleSharp builds the body from the submitter but keeps the form's action: apply formaction as browsers do.
        var target = (Uri)submission.Target;
        if (submitter.GetAttribute("formaction") is { Length: > 0 } formAction) target = new Uri(target, formAction);
        return client.PostAsync(target, content);
    }

    /// <summary>Posts raw fields with the antiforgery token of <paramref name="page"/> (any form on it carries one).</summary>
    public static Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, IDocument page, string url,
        IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        var all = (fields ?? []).Append(new("__RequestVerificationToken", token));
        return client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(all));
    }

    public static async Task<IDocument> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
    }
}
