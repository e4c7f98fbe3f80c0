namespace Cremona.Dup.Web.Domain;

/// <summary>An indicator of an organismo partecipato: textual target ("Si", "80%") and the result reported.</summary>
public sealed class IndicatorePartecipata
{
    private IndicatorePartecipata() { Nome = ""; }

    public IndicatorePartecipata(string nome, string? targetAtteso, string? finalita, string? formula, string? risultato, int ordine)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nome);
        Nome = nome.Trim();
        TargetAtteso = Texts.Clean(targetAtteso);
        Finalita = Texts.Clean(finalita);
        Formula = Texts.Clean(formula);
        Risultato = Texts.Clean(risultato);
        Ordine = ordine;
    }

    public int Id { get; private set; }
    public int IndirizzoPartecipataId { get; private set; }
    public string Nome { get; private set; }
    public string? TargetAtteso { get; private set; }
    public string? Finalita { get; private set; }
    public string? Formula { get; private set; }
    public string? Risultato { get; private set; }
    public int Ordine { get; private set; }
}
