namespace Cremona.Dup.Web.Data.Seeding;

/// <summary>
/// Settings under <c>Bootstrap</c>: the first administrator of a production database, created only when
/// the database has no account at all (set <c>Bootstrap__AdminPassword</c> in the environment).
/// </summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string AdminUserName { get; set; } = "admin";
    public string? AdminPassword { get; set; }
}
