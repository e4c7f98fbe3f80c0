namespace Cremona.Dup.Web.Identity;

/// <summary>Claims added to the cookie at login.</summary>
public static class AppClaims
{
    /// <summary>Id of the <see cref="Domain.Responsabile"/> linked to the account, when there is one.</summary>
    public const string ResponsabileId = "dup:responsabile";

    /// <summary>One per responsabile whose drafts the account may write as a <see cref="Referente"/>.</summary>
    public const string ReferenteDi = "dup:referente";

    /// <summary>Present while the account must choose a new password before anything else.</summary>
    public const string CambioPassword = "dup:cambio-password";

    public const string NomeCompleto = "dup:nome";
}
