namespace Cremona.Dup.Web.Features.Partecipate;

public sealed record OrganismoListItem(int Id, string Nome, DateOnly Data, string Rilevazione, int Sezioni, int Indicatori);
