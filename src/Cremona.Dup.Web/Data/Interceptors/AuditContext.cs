namespace Cremona.Dup.Web.Data.Interceptors;

/// <summary>
/// Per-request settings of the audit trail: the reason of the current action (recorded with each change) and
/// whether to record at all (off only while seeding a published dataset).
/// </summary>
public sealed class AuditContext
{
    public bool Enabled { get; set; } = true;

    /// <summary>The reason of the next save (returning, reopening…), written on each of its audit rows; cleared once that
    /// save succeeds, kept if it fails so that a retry still carries it. At most 2,000 characters are recorded.</summary>
    public string? Nota { get; set; }
}
