namespace Cremona.Dup.Web.Features.Programmi;

public sealed record ProgrammaListItem(string Codice, string Nome, string? Responsabili, int Obiettivi, int Indicatori);
