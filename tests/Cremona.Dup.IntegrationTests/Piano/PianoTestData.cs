using Cremona.Dup.IntegrationTests.Infrastructure;

namespace Cremona.Dup.IntegrationTests.Piano;

/// <summary>Reading and submitting the plan pages' forms.</summary>
public static class PianoTestData
{
    public static async Task<IHtmlFormElement> FormAsync(this HttpClient client, string url, string id)
    {
        var page = await client.GetDocumentAsync(url);
        return page.QuerySelector<IHtmlFormElement>($"form#{id}") ?? throw new InvalidOperationException($"No form#{id} on {url}");
    }

    /// <summary>Opens the confirmation page behind the link and submits its form (retire, restore, delete).</summary>
    public static async Task<HttpResponseMessage> ConfermaAsync(this HttpClient client, string url) =>
        await client.SubmitAsync(await client.FormAsync(url, "conferma"), []);
}
