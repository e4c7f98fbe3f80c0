namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>An Italian error message for one input field ("" for the whole form).</summary>
public sealed record ErroreCampo(string Campo, string Messaggio)
{
    /// <summary>
    /// The domain throws <see cref="ArgumentException"/> with Italian messages; .NET appends " (Parameter 'x')" and,
    /// for out-of-range values, "Actual value was …": the user reads only the domain's sentence.
    /// </summary>
    public static string Testo(ArgumentException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var message = ex.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut];
        var line = message.IndexOf('\n', StringComparison.Ordinal);
        return line >= 0 ? message[..line].TrimEnd() : message;
    }
}
