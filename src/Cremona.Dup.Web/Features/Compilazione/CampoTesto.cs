namespace Cremona.Dup.Web.Features.Compilazione;

/// <summary>A long text field of the form (name as posted, label, value, whether it can be edited).</summary>
public sealed record CampoTesto(string Nome, string Etichetta, string? Valore, bool Modificabile);
