namespace Cremona.Dup.Web.Features.Piano;

/// <summary>The form of a programma (new when <see cref="Salvato"/> is null) with what is saved now.</summary>
public sealed record ProgrammaPagina(int MissioneNumero, string MissioneNome, ProgrammaPagina.Dati? Salvato,
    ProgrammaInput Input, bool Conflitto, bool Eliminabile)
{
    public bool Nuovo => Salvato is null;

    public sealed record Dati(string Codice, string Nome, string? Responsabili, string? Descrizione, string? MotivazioneScelte,
        string? FinalitaDaConseguire, string? RisorseUmane, string? RisorseStrumentali, bool Ritirato, Guid Version);
}
