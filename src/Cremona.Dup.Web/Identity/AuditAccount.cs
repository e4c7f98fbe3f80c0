namespace Cremona.Dup.Web.Identity;

/// <summary>The name under which account changes are recorded in the audit table (key: the account's id).</summary>
public static class AuditAccount
{
    public const string Entita = "Account";
}
