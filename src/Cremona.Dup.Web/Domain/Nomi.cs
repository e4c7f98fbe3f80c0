namespace Cremona.Dup.Web.Domain;

/// <summary>The names of the plan's items: required, one line, at most <see cref="TextLimits.Nome"/> characters.</summary>
public static class Nomi
{
    /// <summary>The trimmed name, or an <see cref="ArgumentException"/> with an Italian message ("Il nome {di cosa}…").</summary>
    public static string Verifica(string? nome, string diCosa, string paramName = "nome")
    {
        var clean = Texts.Clean(nome);
        if (clean is null)
            throw new ArgumentException($"Il nome {diCosa} è obbligatorio.", paramName);
        if (clean.Length > TextLimits.Nome)
            throw new ArgumentException($"Il nome {diCosa} può contenere al massimo {TextLimits.Nome} caratteri.", paramName);
        return clean;
    }
}
