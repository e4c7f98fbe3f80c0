namespace Cremona.Dup.Web.Features.Piano;

/// <summary>One choice of a select: the value posted and the text shown.</summary>
public sealed record Opzione(string Valore, string Etichetta);
