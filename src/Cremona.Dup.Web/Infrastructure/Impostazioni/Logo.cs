using System.Diagnostics.CodeAnalysis;

namespace Cremona.Dup.Web.Infrastructure.Impostazioni;

/// <summary>The ente's logo: the image, its content type (PNG or JPEG) and its version.</summary>
[SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "The image is served as is.")]
public sealed record Logo(byte[] Contenuto, string Tipo, Guid Versione)
{
    public string DataUri => $"data:{Tipo};base64,{Convert.ToBase64String(Contenuto)}";
}
