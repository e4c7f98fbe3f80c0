using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Email;

public sealed class SmtpOutageTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [Fact]
    public async Task With_the_SMTP_server_down_messages_stay_queued_with_the_error_and_go_out_once_it_is_back()
    {
        var first = await app.QueueAsync("pesaro.mara@cremona.example", "Primo messaggio", "Testo del primo.");
        var second = await app.QueueAsync("grossi.eugenia@cremona.example", "Secondo messaggio", "Testo del secondo.");
        var sender = app.Services.GetRequiredService<EmailOutboxSender>();

        // Nothing listens on the port yet.
        var esito = await sender.InviaInAttesaAsync(CancellationToken.None);

        esito.Should().Be(new EsitoInvio(Inviate: 0, Fallite: 1, Interrotto: true));
        var failed = await app.EmailAsync(first);
        failed.InviataAtUtc.Should().BeNull();
        failed.Tentativi.Should().Be(1);
        failed.UltimoErrore.Should().StartWith($"Server SMTP 127.0.0.1:{app.SmtpPort} non raggiungibile");
        failed.DaInviare.Should().BeTrue();
        (await app.EmailAsync(second)).Tentativi.Should().Be(0, "the pass stops at the first connection failure instead of using up every message's attempts");

        using var server = app.StartSmtpServer();
        (await sender.InviaInAttesaAsync(CancellationToken.None)).Should().Be(new EsitoInvio(2, 0, false));

        server.ReceivedEmail.Select(m => m.ToAddresses[0].Address).Should()
            .BeEquivalentTo("pesaro.mara@cremona.example", "grossi.eugenia@cremona.example");
        var sent = await app.EmailAsync(first);
        sent.InviataAtUtc.Should().NotBeNull();
        sent.Tentativi.Should().Be(1);
        sent.UltimoErrore.Should().BeNull();

        (await sender.InviaInAttesaAsync(CancellationToken.None)).Inviate.Should().Be(0);
        server.ReceivedEmailCount.Should().Be(2, "each message goes out exactly once");
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_given_up_after_the_maximum_number_of_attempts()
    {
        var id = await app.QueueAsync("indirizzo non valido", "Destinatario sbagliato", "Testo.");
        var sender = app.Services.GetRequiredService<EmailOutboxSender>();
        using var server = app.StartSmtpServer();

        for (var i = 0; i < EmailInUscita.MaxTentativi + 2; i++)
            await sender.InviaInAttesaAsync(CancellationToken.None);

        var row = await app.EmailAsync(id);
        row.Tentativi.Should().Be(EmailInUscita.MaxTentativi, "it stops retrying after the maximum");
        row.DaInviare.Should().BeFalse();
        row.InviataAtUtc.Should().BeNull();
        row.UltimoErrore.Should().StartWith("Invio non riuscito:");
        server.ReceivedEmail.Should().NotContain(m => m.Subject == "Destinatario sbagliato");
    }
}
