using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Email;

/// <summary>The background sender is on, with a long interval: only the signal can make it send at once.</summary>
public sealed class OutboxLoopFactory : SmtpAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Email:InvioAbilitato"] = "true",
        ["Email:IntervalloSecondi"] = "3600",
    };
}

public sealed class OutboxLoopTests(OutboxLoopFactory app) : IClassFixture<OutboxLoopFactory>
{
    [Fact]
    public async Task The_background_sender_runs_in_the_app_and_wakes_up_when_signalled()
    {
        using var server = app.StartSmtpServer();
        _ = app.Services; // starts the host, and the sender's first pass (nothing queued yet)
        await Task.Delay(500);

        var id = await app.QueueAsync("viani.paolo@cremona.example", "Messaggio segnalato", "Parte subito.");
        app.Services.GetRequiredService<IEmailOutboxSignal>().Segnala();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (server.ReceivedEmailCount == 0 && DateTime.UtcNow < deadline) await Task.Delay(100);
        server.ReceivedEmailCount.Should().Be(1, "the signal wakes the sender long before its hourly pass");
        // The row is marked sent right after the SMTP exchange: wait for that save rather than race it.
        while ((await app.EmailAsync(id)).InviataAtUtc is null && DateTime.UtcNow < deadline) await Task.Delay(100);
        (await app.EmailAsync(id)).InviataAtUtc.Should().NotBeNull();
    }
}
