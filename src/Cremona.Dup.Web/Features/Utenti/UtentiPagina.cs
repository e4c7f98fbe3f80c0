namespace Cremona.Dup.Web.Features.Utenti;

public sealed record UtentiPagina(UtentiFiltro Filtro, IReadOnlyList<UtenteListItem> Utenti, int Totale);
