namespace Cremona.Dup.Web.Features.Report;

/// <summary>A programma (with its missione) offered as a filter on the page.</summary>
public sealed record Allegato6Opzione(int MissioneNumero, string MissioneNome, string ProgrammaCodice, string ProgrammaNome);
