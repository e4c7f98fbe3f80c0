using System.ComponentModel.DataAnnotations;

namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>An account as typed on the create and edit pages (the user name only on creation).</summary>
public sealed class AccountInput
{
    [StringLength(64, ErrorMessage = "Il nome utente è troppo lungo (al massimo 64 caratteri).")]
    [Display(Name = "Nome utente")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "Indicare nome e cognome.")]
    [StringLength(200, ErrorMessage = "Nome e cognome sono troppo lunghi (al massimo 200 caratteri).")]
    [Display(Name = "Nome e cognome")]
    public string? NomeCompleto { get; set; }

    [EmailAddress(ErrorMessage = "L'indirizzo e-mail non è valido.")]
    [StringLength(256, ErrorMessage = "L'indirizzo e-mail è troppo lungo.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    public List<string> Ruoli { get; set; } = [];

    [Display(Name = "Responsabile del piano collegato")]
    public int? ResponsabileId { get; set; }

    /// <summary>The responsabili whose drafts the account may write as a referente.</summary>
    public List<int> Referenti { get; set; } = [];

    public string? ConcurrencyStamp { get; set; }
}
