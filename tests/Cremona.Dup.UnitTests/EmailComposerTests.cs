using Cremona.Dup.Web.Infrastructure.Email;

namespace Cremona.Dup.UnitTests;

public sealed class EmailComposerTests
{
    [Fact]
    public void Markdown_links_become_readable_absolute_links_in_the_plain_text()
    {
        var text = EmailComposer.TestoSemplice(
            "- [C06 – REPERIRE RISORSE \\[PNRR\\]](/rilevazioni/2019-12-31/obiettivi/C06) – da compilare\n"
            + "- [Sito](https://www.comune.cremona.it)\n**Annuale \\*2019\\***",
            "https://dup.comune.cremona.it/monitoraggio/");

        text.Should().Be(
            "- C06 – REPERIRE RISORSE [PNRR] <https://dup.comune.cremona.it/monitoraggio/rilevazioni/2019-12-31/obiettivi/C06> – da compilare\r\n"
            + "- Sito <https://www.comune.cremona.it>\r\n**Annuale *2019***");
    }

    [Theory]
    [InlineData("Smtp", null, "Email:Smtp:Host")]
    [InlineData("Pickup", "ftp://dup", "Email:BaseUrl")]
    public void Wrong_settings_are_reported_in_Italian(string modalita, string? baseUrl, string expected)
    {
        var options = new EmailOptions { Modalita = Enum.Parse<ModalitaEmail>(modalita) };
        if (baseUrl is not null) options.BaseUrl = baseUrl;

        var result = new EmailOptionsValidator().Validate(null, options);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(expected);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        new EmailOptionsValidator().Validate(null, new EmailOptions()).Succeeded.Should().BeTrue();
    }
}
