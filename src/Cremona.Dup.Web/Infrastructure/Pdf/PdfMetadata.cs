namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>The document information of a PDF.</summary>
public sealed record PdfMetadata(string Title, string Author, string Subject);
