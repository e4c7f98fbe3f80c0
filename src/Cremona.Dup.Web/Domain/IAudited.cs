namespace Cremona.Dup.Web.Domain;

/// <summary>Rows that record who changed them last; stamped by the save interceptor, never by hand.</summary>
public interface IAudited
{
    void Touch(DateTime utcNow, string? user);
}
