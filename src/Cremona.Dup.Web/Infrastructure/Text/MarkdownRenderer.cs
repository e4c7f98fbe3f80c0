using Markdig;
using Microsoft.AspNetCore.Html;

namespace Cremona.Dup.Web.Infrastructure.Text;

/// <summary>
/// The one place where people's texts become HTML: light Markdown (paragraphs, lists, bold, italics) with raw
/// HTML disabled, so nothing a user typed reaches a page unescaped.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    public static HtmlString ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? HtmlString.Empty : new HtmlString(Markdown.ToHtml(markdown, Pipeline));
}
