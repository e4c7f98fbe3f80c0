namespace Cremona.Dup.Web.Features.Piano;

/// <summary>The form of an indicator (new when <see cref="Salvato"/> is null), with its recorded consuntivi read-only.</summary>
public sealed record IndicatorePianoPagina(string ObiettivoCodice, string ObiettivoNome, IndicatorePianoPagina.Dati? Salvato,
    IndicatoreInput Input, bool Conflitto, bool Eliminabile)
{
    public bool Nuovo => Salvato is null;

    public sealed record Dati(int Id, string Nome, string? Finalita, string? Formula, string? Note, decimal? Target, int PrimoAnno,
        int UltimoAnno, bool Ritirato, Guid Version, IReadOnlyList<Consuntivo> Consuntivi);

    public sealed record Consuntivo(int Anno, decimal Valore);
}
