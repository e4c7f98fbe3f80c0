using System.ComponentModel.DataAnnotations;

namespace Cremona.Dup.Web.Features.Account;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Indicare il nome utente.")]
    [StringLength(256, ErrorMessage = "Il nome utente è troppo lungo.")]
    [Display(Name = "Nome utente")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "Indicare la password.")]
    [StringLength(256, ErrorMessage = "La password è troppo lunga.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    [Display(Name = "Ricordami su questo dispositivo")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
