using System.Text;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>
/// The print view's stylesheet with Titillium Web embedded as data: URIs (the TTF files the build copies to
/// wwwroot/lib), read once: the printed HTML loads nothing from outside.
/// </summary>
public sealed class Allegato6PrintAssets(IWebHostEnvironment environment)
{
    private static readonly (string File, int Weight, string Style)[] Fonts =
    [
        ("titillium-web-v10-latin-ext_latin-regular.ttf", 400, "normal"),
        ("titillium-web-v10-latin-ext_latin-italic.ttf", 400, "italic"),
        ("titillium-web-v10-latin-ext_latin-600.ttf", 600, "normal"),
        ("titillium-web-v10-latin-ext_latin-700.ttf", 700, "normal"),
    ];

    private readonly Lazy<(string Css, byte[] Regular)> assets = new(() => Load(environment));

    public string Css => assets.Value.Css;

    /// <summary>The regular face's TrueType file (the footer "Pagina X di Y", drawn by PDFsharp).</summary>
    public byte[] RegularFont => assets.Value.Regular;

    private static (string Css, byte[] Regular) Load(IWebHostEnvironment environment)
    {
        var files = environment.WebRootFileProvider;
        var builder = new StringBuilder();
        byte[]? regular = null;
        foreach (var (file, weight, style) in Fonts)
        {
            var info = files.GetFileInfo($"lib/bootstrap-italia/fonts/Titillium_Web/{file}");
            if (!info.Exists) throw new FileNotFoundException($"Carattere non trovato: {file} (eseguire la build che copia bootstrap-italia).");
            using var stream = info.CreateReadStream();
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            if (weight == 400 && style == "normal") regular = memory.ToArray();
            builder.Append("@font-face{font-family:'Titillium Web';font-style:").Append(style)
                .Append(";font-weight:").Append(weight)
                .Append(";src:url(data:font/ttf;base64,").Append(Convert.ToBase64String(memory.ToArray())).Append(") format('truetype');}\n");
        }
        var sheet = files.GetFileInfo("css/allegato6-print.css");
        using (var reader = new StreamReader(sheet.CreateReadStream(), Encoding.UTF8)) builder.Append(reader.ReadToEnd());
        return (builder.ToString(), regular!);
    }
}
