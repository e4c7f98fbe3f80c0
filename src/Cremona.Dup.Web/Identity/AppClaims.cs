namespace Cremona.Dup.Web.Identity;

/// <summary>Claims added to the cookie at login.</summary>
public static class AppClaims
{
    /// <summary>Id of the <see cref="Domain.Responsabile"/> linked to the account, when there is one.</summary>
    public const string ResponsabileId = "dup:responsabile";

    public const string NomeCompleto = "dup:nome";
}
