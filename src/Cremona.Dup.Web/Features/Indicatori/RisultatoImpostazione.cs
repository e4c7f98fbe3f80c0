namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>The outcome of a settings use case; <see cref="Errori"/> by form field when the data are not valid.</summary>
public sealed record RisultatoImpostazione(EsitoImpostazione Esito, IReadOnlyDictionary<string, string>? Errori = null)
{
    public static readonly RisultatoImpostazione Salvato = new(EsitoImpostazione.Salvato);
    public static readonly RisultatoImpostazione NonTrovato = new(EsitoImpostazione.NonTrovato);
    public static readonly RisultatoImpostazione NonAutorizzato = new(EsitoImpostazione.NonAutorizzato);
    public static readonly RisultatoImpostazione Conflitto = new(EsitoImpostazione.Conflitto);
}
