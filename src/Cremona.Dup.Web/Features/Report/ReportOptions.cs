namespace Cremona.Dup.Web.Features.Report;

/// <summary>Settings of the report files (section <c>Report</c>).</summary>
public sealed class ReportOptions
{
    public const string Section = "Report";

    /// <summary>Serve a file again while the data it was made from is unchanged (off only to measure rendering).</summary>
    public bool CacheEnabled { get; set; } = true;

    /// <summary>Memory the cached files may take.</summary>
    public int CacheMegabytes { get; set; } = 256;

    /// <summary>
    /// The size of one run of programmi the PDF's body is printed in, in characters of text (plus a share for each
    /// obiettivo and indicator, see <see cref="Allegato6Pdf.Peso"/>): about 80 pages. Chromium takes more than its page
    /// count's share of time for a long document, and runs are printed in parallel.
    /// </summary>
    public int PartSize { get; set; } = 250_000;
}
