using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Compilazione;

/// <summary>Live preview of a text as it will appear in pages and in the PDF: the same Markdig renderer, raw HTML off.</summary>
[Route("anteprima")]
public sealed class AnteprimaController : Controller
{
    [HttpPost("")]
    [RequestSizeLimit(256 * 1024)]
    public IActionResult Mostra([FromForm] string? testo)
    {
        if (testo?.Length > TextLimits.TestoLungo)
            return Content("<p class=\"text-danger\">Il testo supera i 20.000 caratteri.</p>", "text/html; charset=utf-8");
        var html = MarkdownRenderer.ToHtml(testo).Value;
        return Content(string.IsNullOrEmpty(html) ? "<p class=\"text-muted fst-italic mb-0\">Nessun testo.</p>" : html,
            "text/html; charset=utf-8");
    }
}
