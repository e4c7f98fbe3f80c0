namespace Cremona.Dup.Web.Features.Impostazioni;

/// <summary>
/// Checks an uploaded logo by its first bytes (the file name and the browser's content type can lie): PNG or JPEG only,
/// at most 512 KB. SVG is refused on purpose: it can carry scripts.
/// </summary>
public static class LogoEnte
{
    public const string MessaggioTipo = "Il logo deve essere un'immagine PNG o JPEG.";
    public const string MessaggioDimensione = "Il logo supera la dimensione massima di 512 KB.";
    public const string MessaggioVuoto = "Il file del logo è vuoto.";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The image's content type, or null with the reason in <paramref name="errore"/>.</summary>
    public static string? Tipo(ReadOnlySpan<byte> contenuto, out string? errore)
    {
        errore = null;
        if (contenuto.Length == 0) errore = MessaggioVuoto;
        else if (contenuto.Length > Domain.ImpostazioniApplicazione.MaxLogoBytes) errore = MessaggioDimensione;
        else if (contenuto.StartsWith(Png)) return "image/png";
        else if (contenuto.StartsWith(Jpeg)) return "image/jpeg";
        else errore = MessaggioTipo;
        return null;
    }
}
