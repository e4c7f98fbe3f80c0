namespace Cremona.Dup.Web.Features.Report;

public sealed record ReportErroreViewModel(int Status, string Titolo, string Messaggio);
