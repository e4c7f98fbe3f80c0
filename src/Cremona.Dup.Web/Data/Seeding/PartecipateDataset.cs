namespace Cremona.Dup.Web.Data.Seeding;

/// <summary>The shape of <c>Dataset/partecipate-2019.json</c> (documented in docs/dataset.md).</summary>
public sealed record PartecipateDataset(string? Titolo, List<PartecipateDataset.OrganismoDataset> Organismi, List<PlanDataset.NotaDataset>? Note)
{
    public sealed record OrganismoDataset(string Nome, string? Introduzione, List<SezioneDataset> Sezioni);

    public sealed record SezioneDataset(
        string Numero, string? Titolo, string? Testo, List<IndirizzoDataset>? Indirizzi, string? Rendicontazione);

    public sealed record IndirizzoDataset(
        string? Lettera, string? Testo, List<IndicatorePartecipataDataset>? Indicatori, string? Rendicontazione);

    public sealed record IndicatorePartecipataDataset(
        string Nome, string? TargetAtteso, string? Finalita, string? Formula, string? Risultato);
}
