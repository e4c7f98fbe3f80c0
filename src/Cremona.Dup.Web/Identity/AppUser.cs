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
}
