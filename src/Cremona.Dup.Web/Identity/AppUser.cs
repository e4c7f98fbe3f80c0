using Cremona.Dup.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Cremona.Dup.Web.Identity;

/// <summary>A login account; a responsabile's account is linked to the person named in the plan.</summary>
public sealed class AppUser : IdentityUser
{
    public string NomeCompleto { get; set; } = "";
    public int? ResponsabileId { get; set; }
    public Responsabile? Responsabile { get; set; }
    public bool Attivo { get; set; } = true;

    /// <summary>Set by a password reset (and for the bootstrap administrator): the next login must choose a new one.</summary>
    public bool CambioPasswordObbligatorio { get; set; }

    /// <summary>The responsabili whose obiettivi this account may draft as a referente.</summary>
    public List<Referente> Referenze { get; } = [];
}
