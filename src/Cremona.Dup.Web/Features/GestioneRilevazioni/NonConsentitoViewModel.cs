namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>A 403 that says why (e.g. the obiettivo is no longer waiting for validation) and where to go back.</summary>
public sealed record NonConsentitoViewModel(string Messaggio, string ReturnUrl);
