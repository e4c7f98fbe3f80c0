namespace Cremona.Dup.Web.Domain;

/// <summary>
/// Rows whose every change is recorded (who, when, old and new value) by the save interceptor;
/// the ids tie the entry to the obiettivo and round pages that show the history.
/// </summary>
public interface IAuditTrail
{
    int? AuditObiettivoId { get; }

    int? AuditRilevazioneId { get; }
}
