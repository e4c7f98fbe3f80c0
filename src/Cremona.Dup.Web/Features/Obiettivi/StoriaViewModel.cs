using Cremona.Dup.Web.Infrastructure.Text;

namespace Cremona.Dup.Web.Features.Obiettivi;

/// <summary>One page of the history of an obiettivo operativo: its saves, newest first.</summary>
public sealed record StoriaViewModel(
    string Codice,
    string Nome,
    string ProgrammaCodice,
    int Pagina,
    bool HasNext,
    IReadOnlyList<StoriaViewModel.Salvataggio> Salvataggi)
{
    /// <summary>The changes one person made with one save (same time, same user); <c>Ora</c> is the time in Europe/Rome.</summary>
    public sealed record Salvataggio(
        DateTime AtUtc,
        DateTime Ora,
        string Utente,
        string? NomeUtente,
        IReadOnlyList<RilevazioneRef> Rilevazioni,
        string? Nota,
        IReadOnlyList<Modifica> Modifiche);

    public sealed record RilevazioneRef(DateOnly Data, string Titolo);

    /// <summary>
    /// One changed field. For texts (<see cref="IsTesto"/>) <see cref="Prima"/> and <see cref="Dopo"/> are the users'
    /// texts, compared in <see cref="Diff"/> when both exist; otherwise they are values ready to show (it-IT).
    /// </summary>
    public sealed record Modifica(string Campo, bool IsTesto, string? Prima, string? Dopo, DiffResult? Diff);
}
