namespace Cremona.Dup.Web.Domain;

/// <summary>The descriptive texts of an indicator.</summary>
public sealed record IndicatoreTesti(string? Finalita, string? Formula, string? Note);
