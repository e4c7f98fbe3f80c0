namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>The explorer page: the filters as typed, the result, and the removable chips of the applied filters.</summary>
public sealed record IndicatoriPagina(IndicatoriFiltro Filtro, ElencoIndicatori Elenco)
{
    public sealed record Chip(string Etichetta, string Href);

    public IReadOnlyList<Chip> Chips => Filtro.Filtri().Select(f =>
    {
        var valore = f.Nome switch
        {
            "missione" => Elenco.Missioni.FirstOrDefault(o => o.Valore == f.Valore)?.Etichetta,
            "programma" => Elenco.Programmi.FirstOrDefault(o => o.Valore == f.Valore)?.Etichetta,
            "responsabile" => Elenco.Responsabili.FirstOrDefault(o =>
                o.Valore == Domain.UserNames.FromPersonName(f.Valore))?.Etichetta,
            "esito" => Esiti.TryParse(f.Valore, out var esito) ? Esiti.Etichetta(esito) : null,
            _ => null,
        } ?? f.Valore;
        return new Chip($"{IndicatoriExport.NomiFiltri[f.Nome]}: {valore}", "/indicatori" + Filtro.Query(senza: f.Nome));
    }).ToList();
}
