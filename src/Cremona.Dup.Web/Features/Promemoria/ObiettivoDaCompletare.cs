using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Promemoria;

/// <summary>An obiettivo of the round that its responsabile has not sent yet.</summary>
public sealed record ObiettivoDaCompletare(string Codice, string Nome, StatoCompilazione Stato);
