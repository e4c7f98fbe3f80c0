using Cremona.Dup.Web.Features.GestioneRilevazioni;

namespace Cremona.Dup.Web.Features.Piano;

/// <summary>Collects the Italian errors of one form, each under its field; the first error of a field wins.</summary>
public sealed class ErroriPiano
{
    private readonly Dictionary<string, string> errori = new(StringComparer.Ordinal);

    public bool Presenti => errori.Count > 0;

    public IReadOnlyDictionary<string, string> Tutti => errori;

    public void Aggiungi(string campo, string messaggio) => errori.TryAdd(campo, messaggio);

    /// <summary>Runs a domain call; its <see cref="ArgumentException"/> becomes the error of <paramref name="campo"/>.</summary>
    public T? Prova<T>(string campo, Func<T> azione)
    {
        ArgumentNullException.ThrowIfNull(azione);
        try
        {
            return azione();
        }
        catch (ArgumentException ex)
        {
            Aggiungi(campo, ErroreCampo.Testo(ex));
            return default;
        }
    }

    /// <summary>Runs a domain call; its <see cref="ArgumentException"/> goes under the field its parameter names.</summary>
    public bool Prova(Action azione, Func<string?, string> campoDi)
    {
        ArgumentNullException.ThrowIfNull(azione);
        ArgumentNullException.ThrowIfNull(campoDi);
        try
        {
            azione();
            return true;
        }
        catch (ArgumentException ex)
        {
            Aggiungi(campoDi(ex.ParamName), ErroreCampo.Testo(ex));
            return false;
        }
    }
}
