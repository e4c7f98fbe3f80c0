using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Cremona.Dup.IntegrationTests.Email;

/// <summary>The default mode: every message becomes an .eml file in {App:DataFolder}/mail.</summary>
public sealed class PickupAppFactory : DupAppFactory
{
    protected override bool DemoEnabled => false;
}

public sealed class PickupTests(PickupAppFactory app) : IClassFixture<PickupAppFactory>
{
    [Fact]
    public async Task By_default_each_message_is_written_as_a_readable_eml_file_in_the_data_folder()
    {
        var id = await app.QueueAsync("toninelli.silvia@cremona.example", "Rilevazione «Annuale 2019»: è già scaduta",
            "Gentile Toninelli Silvia,\n\n- [C20 – Attività](/rilevazioni/2019-12-31/obiettivi/C20) – in bozza");

        var esito = await app.Services.GetRequiredService<EmailOutboxSender>().InviaInAttesaAsync(CancellationToken.None);

        esito.Inviate.Should().Be(1);
        var file = Directory.GetFiles(Path.Combine(app.DataFolder, "mail"), "*.eml").Should().ContainSingle().Subject;
        var message = await MimeMessage.LoadAsync(file);
        message.To.Mailboxes.Single().Address.Should().Be("toninelli.silvia@cremona.example");
        message.Subject.Should().Be("Rilevazione «Annuale 2019»: è già scaduta");
        message.TextBody.Should().Contain("Gentile Toninelli Silvia")
            .And.Contain("C20 – Attività <http://localhost:5080/rilevazioni/2019-12-31/obiettivi/C20> – in bozza");
        (await app.EmailAsync(id)).InviataAtUtc.Should().NotBeNull();
        Directory.GetFiles(Path.Combine(app.DataFolder, "mail"), "*.tmp").Should().BeEmpty();
    }
}
