namespace Cremona.Dup.Web.Infrastructure.Pdf;

/// <summary>The PDF engine cannot print now (missing, crashed, timed out). The message is in Italian, for the user.</summary>
public sealed class PdfEngineUnavailableException : Exception
{
    public PdfEngineUnavailableException() : this("Il servizio di generazione dei PDF non è disponibile.") { }

    public PdfEngineUnavailableException(string message) : base(message) { }

    public PdfEngineUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
