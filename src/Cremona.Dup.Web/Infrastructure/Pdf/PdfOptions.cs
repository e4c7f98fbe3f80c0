namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>Settings of the PDF engine (section <c>Pdf</c>).</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>The Chromium executable (Debian's package by default).</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Longest time one document may take, launch included.</summary>
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>Documents printed at once; the others wait their turn.</summary>
    public int MaxConcurrentRenders { get; set; } = 2;

    /// <summary>Parts of one document printed at once (Chromium tabs); one per core is best.</summary>
    public int PartsInParallel { get; set; } = 2;
}
