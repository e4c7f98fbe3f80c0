namespace Cremona.Dup.Web.Domain;

/// <summary>The descriptive texts of a programma, as printed in the DUP.</summary>
public sealed record ProgrammaTesti(
    string? Descrizione,
    string? MotivazioneScelte,
    string? FinalitaDaConseguire,
    string? RisorseUmane,
    string? RisorseStrumentali);
