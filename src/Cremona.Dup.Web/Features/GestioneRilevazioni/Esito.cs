namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>What a use case did, for the controller to choose the response.</summary>
/// <param name="Tipo">Done, not found, forbidden, refused or stale.</param>
/// <param name="Messaggio">Italian text for the user: what was done, or why it was not.</param>
/// <param name="Errori">The reasons of a refusal, each tied to an input field ("" for the whole form).</param>
/// <param name="Avviso">A warning next to a success (e.g. some obiettivi of a bulk validation were skipped).</param>
public sealed record Esito(EsitoTipo Tipo, string? Messaggio = null, IReadOnlyList<ErroreCampo>? Errori = null, string? Avviso = null)
{
    public static readonly Esito NonTrovato = new(EsitoTipo.NonTrovato);

    public static Esito Fatto(string messaggio, string? avviso = null) => new(EsitoTipo.Fatto, messaggio, null, avviso);

    public static Esito Vietato(string messaggio) => new(EsitoTipo.Vietato, messaggio);

    public static Esito Conflitto(string messaggio) => new(EsitoTipo.Conflitto, messaggio);

    public static Esito Rifiutato(string messaggio, string campo = "") =>
        new(EsitoTipo.Rifiutato, messaggio, [new ErroreCampo(campo, messaggio)]);

    public static Esito Rifiutato(IReadOnlyList<ErroreCampo> errori) =>
        new(EsitoTipo.Rifiutato, errori.Count > 0 ? errori[0].Messaggio : null, errori);
}
