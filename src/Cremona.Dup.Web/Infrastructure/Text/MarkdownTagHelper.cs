using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Cremona.Dup.Web.Infrastructure.Text;

/// <summary><c>&lt;markdown text="@Model.StatoAttuazione" empty="Non compilato" /&gt;</c> renders a user's text safely.</summary>
[HtmlTargetElement("markdown", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MarkdownTagHelper : TagHelper
{
    public string? Text { get; set; }

    /// <summary>Shown (in muted italics) when the text is empty.</summary>
    public string? Empty { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("testo-utente", System.Text.Encodings.Web.HtmlEncoder.Default);
        if (string.IsNullOrWhiteSpace(Text))
        {
            if (Empty is null) { output.SuppressOutput(); return; }
            output.Content.SetHtmlContent($"<p class=\"text-muted fst-italic mb-0\">{System.Net.WebUtility.HtmlEncode(Empty)}</p>");
            return;
        }
        output.Content.SetHtmlContent(MarkdownRenderer.ToHtml(Text));
    }
}
