using Cremona.Dup.Web.Features.Notifiche;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>One reminder as it will go out: to whom, at which addresses, with which words.</summary>
public sealed record SollecitoAnteprima(
    int ResponsabileId, string Responsabile, IReadOnlyList<string> Indirizzi, int Account, int Obiettivi, Messaggio Messaggio);
