namespace Cremona.Dup.Web.Data;

/// <summary>Value of the <c>Database:Provider</c> setting.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
