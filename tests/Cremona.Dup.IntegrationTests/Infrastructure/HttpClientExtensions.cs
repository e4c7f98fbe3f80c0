using System.Net;
using AngleSharp;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

public static class HttpClientExtensions
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await response.ToDocumentAsync();
    }

    public static async Task<IDocument> ToDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(req =>
        {
            req.Content(html);
            req.Address(response.RequestMessage!.RequestUri!);
            req.Status(response.StatusCode);
        });
    }

    /// <summary>Fills the page's own form and posts it, hidden antiforgery token included.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form,
        Dictionary<string, string> values, IHtmlElement? submitter = null)
    {
        var filled = form.SetValues(values); // throws on unknown fields
        var submission = (submitter is null ? filled.GetSubmission() : filled.GetSubmission(submitter))!;
        var content = new StreamContent(submission.Body);
        foreach (var (header, value) in submission.Headers)
            content.Headers.TryAddWithoutValidation(header, value);
        return client.PostAsync((Uri)submission.Target, content);
    }

    public static async Task<HttpClient> LoginAsync(this DupAppFactory app, string userName, string password = TestUsers.Password)
    {
        var client = app.CreateBrowserClient();
        var response = await client.LoginAsync(userName, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{userName} must be able to log in");
        return client;
    }

    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string userName, string password)
    {
        var page = await client.GetDocumentAsync("/Account/Login");
        var form = page.QuerySelector<IHtmlFormElement>("form#login")!;
        return await client.SubmitAsync(form, new() { ["UserName"] = userName, ["Password"] = password });
    }
}
