using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>One text field of a plan form: its posted name, label, value, and how to draw it.</summary>
public sealed record CampoPiano(string Nome, string Etichetta, string? Valore, bool Area = false, int Max = TextLimits.Nome,
    string? Aiuto = null, bool Obbligatorio = false, string? InputMode = null);
