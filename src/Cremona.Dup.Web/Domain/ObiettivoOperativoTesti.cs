namespace Cremona.Dup.Web.Domain;

/// <summary>The descriptive texts of an obiettivo operativo.</summary>
public sealed record ObiettivoOperativoTesti(
    string? DescrizioneSintetica,
    string? Gap,
    string? Stakeholder,
    string? SettoriCoinvolti);
