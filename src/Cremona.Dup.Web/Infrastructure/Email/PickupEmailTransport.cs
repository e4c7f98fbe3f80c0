using System.Globalization;
using MimeKit;

namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>Writes each message as an <c>.eml</c> file (readable by any mail client) into the pickup folder.</summary>
public sealed class PickupEmailTransport(string folder, TimeProvider time) : IEmailTransport
{
    public string Folder => folder;

    public async Task InviaAsync(MimeMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{time.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        var path = Path.Combine(folder, name);
        var partial = path + ".tmp";
        try
        {
            Directory.CreateDirectory(folder);
            // Written aside and renamed, so a reader never sees half a message.
            await message.WriteToAsync(partial, ct);
            File.Move(partial, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EmailTransportUnavailableException($"Cartella della posta {folder} non scrivibile: {ex.Message}", ex);
        }
    }
}
