namespace Cremona.Dup.Web.Features.Piano;

/// <summary>The form of an obiettivo strategico (new when <see cref="Salvato"/> is null).</summary>
public sealed record StrategicoPagina(StrategicoPagina.Dati? Salvato, StrategicoInput Input, bool Conflitto, bool Eliminabile)
{
    public bool Nuovo => Salvato is null;

    public sealed record Dati(string Codice, string Nome, int Obiettivi, bool Ritirato, Guid Version);
}
