namespace Cremona.Dup.Web.Features.Piano;

/// <summary>The confirmation page of retiring, restoring or deleting an item: one POST button, or back.</summary>
public sealed record ConfermaViewModel(string Titolo, string Testo, string Azione, string Bottone, string Annulla, Guid Version,
    bool Pericolo);
