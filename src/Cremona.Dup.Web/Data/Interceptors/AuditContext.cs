namespace Cremona.Dup.Web.Data.Interceptors;

/// <summary>
/// Per-request settings of the audit trail: the reason of the current action (recorded with each change) and
/// whether to record at all (off only while seeding a published dataset).
/// </summary>
public sealed class AuditContext
{
    public bool Enabled { get; set; } = true;

    public string? Nota { get; set; }
}
