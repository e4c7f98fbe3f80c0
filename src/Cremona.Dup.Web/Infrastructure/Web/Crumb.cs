namespace Cremona.Dup.Web.Infrastructure.Web;

/// <summary>One breadcrumb step; the layout renders <c>ViewData["Breadcrumb"]</c> as a Bootstrap Italia breadcrumb.</summary>
public sealed record Crumb(string Text, string? Href = null);
