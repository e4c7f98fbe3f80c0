using System.Globalization;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>
/// A round as the report needs it, whether the requested filters exist, and the version of the data the report prints:
/// any saved change (every audited change, any obiettivo of the round touched, the round's own version, the size of
/// the plan) gives another version and so another cache key.
/// </summary>
public sealed record Allegato6Stamp(
    Allegato6Report.RilevazioneInfo Rilevazione, Guid RilevazioneVersion, long? MaxAuditId, DateTime? MaxUpdatedAtUtc,
    int Programmi, int Obiettivi, int Indicatori, int IndicatoriPartecipate, bool MissioneEsiste, int? ProgrammaMissione)
{
    public string Versione => string.Join('|',
        RilevazioneVersion.ToString("N"),
        MaxAuditId?.ToString(CultureInfo.InvariantCulture) ?? "-",
        MaxUpdatedAtUtc?.Ticks.ToString(CultureInfo.InvariantCulture) ?? "-",
        Programmi.ToString(CultureInfo.InvariantCulture), Obiettivi.ToString(CultureInfo.InvariantCulture),
        Indicatori.ToString(CultureInfo.InvariantCulture), IndicatoriPartecipate.ToString(CultureInfo.InvariantCulture));

    /// <summary>The cache key of one output: data version, parameters and the user's scope (and user, for the Excel's Info).</summary>
    public string ChiaveCache(string formato, Allegato6Filtro filtro, Allegato6Scope scope, string? utente, DateOnly giorno)
    {
        ArgumentNullException.ThrowIfNull(filtro);
        ArgumentNullException.ThrowIfNull(scope);
        return string.Join('#', "allegato6", formato, Versione, filtro.QueryString, scope.Chiave, utente ?? "",
            giorno.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
