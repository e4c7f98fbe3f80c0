namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>The preview of an uploaded file, with the plan's fingerprint that applying it must still find.</summary>
public sealed record AnteprimaPagina(Caricamento Caricamento, Anteprima Anteprima, string Impronta);
