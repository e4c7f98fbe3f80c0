using System.ComponentModel.DataAnnotations;

namespace Cremona.Dup.Web.Features.Account;

public sealed class CambiaPasswordInput
{
    [Required(ErrorMessage = "Indicare la password attuale.")]
    [StringLength(256, ErrorMessage = "La password attuale è troppo lunga.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password attuale (o temporanea)")]
    public string? PasswordAttuale { get; set; }

    [Required(ErrorMessage = "Indicare la nuova password.")]
    [StringLength(256, MinimumLength = 10, ErrorMessage = "La nuova password deve contenere da 10 a 256 caratteri.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nuova password")]
    public string? NuovaPassword { get; set; }

    [Required(ErrorMessage = "Ripetere la nuova password.")]
    [Compare(nameof(NuovaPassword), ErrorMessage = "Le due password nuove non coincidono.")]
    [DataType(DataType.Password)]
    [Display(Name = "Ripeti la nuova password")]
    public string? ConfermaPassword { get; set; }

    public string? ReturnUrl { get; set; }
}
