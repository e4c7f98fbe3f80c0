namespace Cremona.Dup.Web.Features.Report;

/// <summary>Settings of the report files (section <c>Report</c>).</summary>
public sealed class ReportOptions
{
    public const string Section = "Report";

    /// <summary>Serve a file again while the data it was made from is unchanged (off only to measure rendering).</summary>
    public bool CacheEnabled { get; set; } = true;

    /// <summary>Memory the cached files may take.</summary>
    public int CacheMegabytes { get; set; } = 256;
}
