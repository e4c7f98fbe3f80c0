using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cremona.Dup.Web.Domain;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>
/// Turns an outbox row into a MIME message: UTF-8 plain text, the app's sender, and the light-Markdown text of the
/// in-app notification made readable as plain text, with every relative link made absolute against <c>Email:BaseUrl</c>.
/// </summary>
public sealed partial class EmailComposer(IOptionsMonitor<EmailOptions> options, TimeProvider time)
{
    public MimeMessage Componi(EmailInUscita email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var settings = options.CurrentValue; // the Amministratore may change the sender while the app runs
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.NomeMittente, settings.Mittente));
        message.To.Add(new MailboxAddress(email.NomeDestinatario ?? "", email.Destinatario));
        message.Subject = email.Oggetto;
        message.Date = time.GetUtcNow();
        // Stable per outbox row: if a crash makes a message go out twice, mail clients can tell it is the same.
        var domain = settings.Mittente[(settings.Mittente.LastIndexOf('@') + 1)..];
        message.MessageId = string.Create(CultureInfo.InvariantCulture,
            $"dup-{email.Id}-{email.CreatedAtUtc:yyyyMMddHHmmss}@{domain}");
        // RFC 3834: tells auto-responders (out of office) not to answer.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        body.SetText(Encoding.UTF8, TestoSemplice(email.Testo, settings.BaseUrl));
        message.Body = body;
        return message;
    }

    /// <summary>"[C06 – Titolo](/rilevazioni/…)" becomes "C06 – Titolo &lt;https://…/rilevazioni/…&gt;".</summary>
    public static string TestoSemplice(string markdown, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var root = baseUrl.TrimEnd('/');
        var text = MarkdownLink().Replace(markdown, match =>
        {
            var url = match.Groups["url"].Value;
            if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) url = root + url;
            return $"{match.Groups["label"].Value} <{url}>";
        });
        return MarkdownEscape().Replace(text, "$1").Replace("\n", "\r\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[(?<label>(?:\\.|[^\]\\])*)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\\([\\`*_\[\]()#+\-.!<>])")]
    private static partial Regex MarkdownEscape();
}
