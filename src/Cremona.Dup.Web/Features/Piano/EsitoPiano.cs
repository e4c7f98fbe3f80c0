namespace Cremona.Dup.Web.Features.Piano;

/// <summary>
/// The outcome of a plan change: saved (with where to go and what to say), not found, refused (a rule of the plan, in
/// Italian), not valid (errors by field), or stale (someone saved in between).
/// </summary>
public sealed record EsitoPiano(EsitoPiano.Tipi Tipo, string? Messaggio = null, string? Url = null,
    IReadOnlyDictionary<string, string>? Errori = null)
{
    public enum Tipi
    {
        Salvato,
        NonTrovato,
        Rifiutato,
        DatiNonValidi,
        Conflitto,
    }

    public static readonly EsitoPiano NonTrovato = new(Tipi.NonTrovato);
    public static readonly EsitoPiano Conflitto = new(Tipi.Conflitto);

    public static EsitoPiano Salvato(string messaggio, string url) => new(Tipi.Salvato, messaggio, url);

    public static EsitoPiano Rifiutato(string messaggio) => new(Tipi.Rifiutato, messaggio);

    public static EsitoPiano NonValido(IReadOnlyDictionary<string, string> errori) => new(Tipi.DatiNonValidi, Errori: errori);
}
