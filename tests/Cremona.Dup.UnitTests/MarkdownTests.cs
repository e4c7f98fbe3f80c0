using Cremona.Dup.Web.Infrastructure.Text;

namespace Cremona.Dup.UnitTests;

public sealed class MarkdownTests
{
    [Fact]
    public void Paragraphs_lists_and_bold_are_rendered()
    {
        var html = MarkdownRenderer.ToHtml("Primo paragrafo con **grassetto**.\n\n- uno\n- due").Value!;
        html.Should().Contain("<p>Primo paragrafo con <strong>grassetto</strong>.</p>");
        html.Should().Contain("<li>uno</li>").And.Contain("<li>due</li>");
    }

    [Fact]
    public void Raw_html_is_escaped_never_rendered()
    {
        var html = MarkdownRenderer.ToHtml("<script>alert(1)</script> <b onclick=\"x\">b</b>").Value!;
        html.Should().NotContain("<script>").And.NotContain("<b ");
        html.Should().Contain("&lt;script&gt;");
    }

    [Fact]
    public void Empty_text_renders_nothing() => MarkdownRenderer.ToHtml("  ").Value.Should().BeEmpty();
}
