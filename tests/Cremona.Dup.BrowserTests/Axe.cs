using System.Text.Json;
using Microsoft.Playwright;

namespace Cremona.Dup.BrowserTests;

/// <summary>
/// Runs axe-core (from the web project's npm packages) with the WCAG 2.1 A/AA rules on a page, and measures the colour
/// contrasts axe could not decide.
/// </summary>
public static class Axe
{
    private static readonly string Script = FindAxe();

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script });
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              const found = result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' → ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | '));
              // axe leaves some contrasts "incomplete" (e.g. a badge it thinks partially obscured) and so never fails them:
              // measure those whose background is a plain colour, as WCAG 1.4.3 defines the ratio.
              const rgba = c => { const v = c.match(/[\d.]+/g).map(Number); return { r: v[0], g: v[1], b: v[2], a: v.length > 3 ? v[3] : 1 }; };
              const over = (top, under) => ({ r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1 });
              const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
              const background = el => {
                const layers = [];
                for (let e = el; e; e = e.parentElement) {
                  const style = getComputedStyle(e);
                  if (style.backgroundImage !== 'none') return null;
                  const c = rgba(style.backgroundColor);
                  if (c.a > 0) layers.push(c);
                  if (c.a === 1) break;
                }
                return layers.reverse().reduce((under, top) => over(top, under), { r: 255, g: 255, b: 255, a: 1 });
              };
              // Every badge too (small coloured labels, the "In bozza" one included), whatever axe decided.
              const nodes = result.incomplete.filter(r => r.id === 'color-contrast').flatMap(r => r.nodes)
                .map(n => ({ el: document.querySelector(n.target[n.target.length - 1]), why: n.any[0]?.data?.messageKey ?? 'incomplete', target: n.target.join(' ') }))
                .concat([...document.querySelectorAll('.badge')].map(el => ({ el, why: 'badge', target: '.' + [...el.classList].join('.') })));
              const seen = new Set();
              for (const node of nodes) {
                  const el = node.el;
                  if (!el || seen.has(el) || !el.innerText || !el.innerText.trim()) continue;
                  seen.add(el);
                  const bg = background(el);
                  if (!bg) continue;
                  const style = getComputedStyle(el);
                  const fg = over(rgba(style.color), bg);
                  const ratio = (Math.max(lum(fg), lum(bg)) + 0.05) / (Math.min(lum(fg), lum(bg)) + 0.05);
                  const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
                  const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
                  if (ratio < needed)
                    found.push('color-contrast (measured, ' + node.why + '): ' + ratio.toFixed(2) + ':1 < ' + needed + ':1 → ' + node.target + ' «' + el.innerText.trim().slice(0, 40) + '»');
              }
              return found;
            }
            """);
        return json.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    /// <summary>Saves a full-page screenshot when SCREENSHOTS_DIR is set (to look at pages as a user would).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    private static string FindAxe()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Cremona.Dup.Web", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("axe-core non trovato: eseguire ./test.sh (npm ci) prima dei test del browser.");
    }
}
