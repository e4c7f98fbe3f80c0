namespace Cremona.Dup.Web.Features.Partecipate;

public sealed record OrganismoViewModel(
    int Id, string Nome, string? Introduzione, DateOnly Data, string Rilevazione, IReadOnlyList<OrganismoViewModel.Sezione> Sezioni)
{
    public int Indicatori => Sezioni.Sum(s => s.Indirizzi.Sum(i => i.Indicatori.Count));

    public sealed record Sezione(string Numero, string? Titolo, string? Testo, string? Rendicontazione, IReadOnlyList<Indirizzo> Indirizzi);

    public sealed record Indirizzo(string? Lettera, string? Testo, string? Rendicontazione, IReadOnlyList<Indicatore> Indicatori);

    public sealed record Indicatore(string Nome, string? TargetAtteso, string? Finalita, string? Formula, string? Risultato);
}
