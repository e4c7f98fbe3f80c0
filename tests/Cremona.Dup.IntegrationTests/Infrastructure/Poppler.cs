using System.Diagnostics;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>Reads PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo), installed by ./test.sh's setup.</summary>
public static class Poppler
{
    /// <summary>The text of every page, in order (pdftotext separates pages with form feeds).</summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(byte[] pdf, bool layout = false)
    {
        var text = layout
            ? await RunAsync(pdf, "pdftotext", "-layout", "-enc", "UTF-8", "{file}", "-")
            : await RunAsync(pdf, "pdftotext", "-enc", "UTF-8", "{file}", "-");
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && string.IsNullOrWhiteSpace(pages[^1])) pages.RemoveAt(pages.Count - 1);
        return pages;
    }

    /// <summary>Every word of every page with its box (pdftotext -bbox), in reading order.</summary>
    public static async Task<IReadOnlyList<Word>> WordsAsync(byte[] pdf)
    {
        var words = new List<Word>();
        var page = 0;
        foreach (var line in (await RunAsync(pdf, "pdftotext", "-bbox", "{file}", "-")).Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal)) page++;
            var word = System.Text.RegularExpressions.Regex.Match(line,
                "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*)</word>");
            if (!word.Success) continue;
            double At(int group) => double.Parse(word.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
            words.Add(new Word(page, System.Net.WebUtility.HtmlDecode(word.Groups[5].Value), At(1), At(2), At(3), At(4)));
        }
        return words;
    }

    public sealed record Word(int Page, string Text, double XMin, double YMin, double XMax, double YMax);

    public static Task<string> FontsAsync(byte[] pdf) => RunAsync(pdf, "pdffonts", "{file}");

    public static Task<string> FontsAsync(byte[] pdf, int page) =>
        RunAsync(pdf, "pdffonts", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "{file}");

    public static Task<string> InfoAsync(byte[] pdf) => RunAsync(pdf, "pdfinfo", "{file}");

    /// <summary>The images of the PDF, one line each after two header lines (page, number, type, size…).</summary>
    public static Task<string> ImagesAsync(byte[] pdf) => RunAsync(pdf, "pdfimages", "-list", "{file}");

    private static async Task<string> RunAsync(byte[] pdf, string tool, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cremona-dup-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args) start.ArgumentList.Add(arg == "{file}" ? file : arg);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, $"{tool} must read the PDF: {await error}");
            return await output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
