namespace Cremona.Dup.Web.Data.Seeding;

/// <summary>Settings under <c>Demo</c>: off unless asked for.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Password shared by every demo account, also written in the README.</summary>
    public const string DefaultPassword = "Cremona.2019";

    public bool Enabled { get; set; }
    public string Password { get; set; } = DefaultPassword;
}
