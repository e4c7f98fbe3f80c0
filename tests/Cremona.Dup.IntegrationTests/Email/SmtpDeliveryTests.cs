using System.Text;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Cremona.Dup.IntegrationTests.Email;

public sealed class SmtpDeliveryTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [Fact]
    public async Task The_outbox_sends_to_the_SMTP_server_in_UTF8_with_absolute_links_and_only_once()
    {
        using var server = app.StartSmtpServer();
        var id = await app.QueueAsync("di.girolamo.gabriella@cremona.example",
            "Promemoria: attività in scadenza – perché è già così?",
            "Gentile Di Girolamo Gabriella,\n\nla rilevazione **Annuale 2019** è aperta: città, attività, perché.\n\n"
            + "- [C06 – REPERIRE RISORSE](/rilevazioni/2019-12-31/obiettivi/C06) – da compilare\n"
            + "- [Guida](https://www.comune.cremona.it/guida)");
        var sender = app.Services.GetRequiredService<EmailOutboxSender>();

        var esito = await sender.InviaInAttesaAsync(CancellationToken.None);

        esito.Should().Be(new EsitoInvio(Inviate: 1, Fallite: 0, Interrotto: false));
        server.ReceivedEmailCount.Should().Be(1);
        var received = server.ReceivedEmail[0];
        received.ToAddresses.Select(a => a.Address).Should().Equal("di.girolamo.gabriella@cremona.example");
        using var raw = new MemoryStream(Encoding.ASCII.GetBytes(received.Data));
        var message = await MimeMessage.LoadAsync(raw);
        message.To.Mailboxes.Single().Should().BeEquivalentTo(new { Name = "Di Girolamo Gabriella", Address = "di.girolamo.gabriella@cremona.example" });
        message.From.Mailboxes.Single().Should().BeEquivalentTo(new { Name = "Comune di Cremona – Cremona.Dup", Address = "dup@comune.cremona.example" });
        message.Subject.Should().Be("Promemoria: attività in scadenza – perché è già così?");
        message.Headers["Auto-Submitted"].Should().Be("auto-generated");
        var body = message.BodyParts.OfType<TextPart>().Single();
        body.ContentType.MimeType.Should().Be("text/plain");
        body.ContentType.Charset.Should().Be("utf-8");
        body.Text.Should().Contain("città, attività, perché")
            .And.Contain("C06 – REPERIRE RISORSE <https://dup.comune.cremona.example/rilevazioni/2019-12-31/obiettivi/C06>")
            .And.Contain("Guida <https://www.comune.cremona.it/guida>")
            .And.NotContain("](/");

        var row = await app.EmailAsync(id);
        row.InviataAtUtc.Should().NotBeNull();
        row.Tentativi.Should().Be(0);
        row.UltimoErrore.Should().BeNull();

        (await sender.InviaInAttesaAsync(CancellationToken.None)).Inviate.Should().Be(0);
        server.ReceivedEmailCount.Should().Be(1, "a message that was sent is never sent again");
    }
}
