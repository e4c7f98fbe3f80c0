namespace Cremona.Dup.Web.Features.Notifiche;

/// <summary>The user's newest notifications (at most <see cref="NotificheQueries.Limite"/>) and the counts of all of them.</summary>
public sealed record NotificheViewModel(IReadOnlyList<NotificaListItem> Notifiche, int NonLette, int Totale);
