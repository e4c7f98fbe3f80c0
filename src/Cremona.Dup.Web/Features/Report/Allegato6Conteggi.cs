namespace Cremona.Dup.Web.Features.Report;

/// <summary>What a request would print: shown on the page before downloading.</summary>
public sealed record Allegato6Conteggi(int Programmi, int Obiettivi, int Indicatori);
