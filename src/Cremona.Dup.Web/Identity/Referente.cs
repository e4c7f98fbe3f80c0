using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Identity;

/// <summary>
/// An account that collaborates with a responsabile: it may open and save the drafts of that responsabile's obiettivi,
/// never send them (see <see cref="RilevazioneObiettivoAuthorizationHandler"/>).
/// </summary>
public sealed class Referente
{
    private Referente() { UserId = ""; }

    public Referente(string userId, int responsabileId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        UserId = userId;
        ResponsabileId = responsabileId;
    }

    public string UserId { get; private set; }
    public int ResponsabileId { get; private set; }
    public Responsabile? Responsabile { get; private set; }
}
