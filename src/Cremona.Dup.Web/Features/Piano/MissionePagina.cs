namespace Cremona.Dup.Web.Features.Piano;

/// <summary>The form renaming a missione; <see cref="Conflitto"/> when the saved name changed meanwhile.</summary>
public sealed record MissionePagina(int Numero, string NomeSalvato, Guid VersionSalvata, MissioneInput Input, bool Conflitto);
