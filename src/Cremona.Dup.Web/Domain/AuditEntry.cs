namespace Cremona.Dup.Web.Domain;

/// <summary>One recorded change: who, when, which field of which row, the old and the new value.</summary>
public sealed class AuditEntry
{
    private AuditEntry() { Entita = Campo = ""; }

    public AuditEntry(DateTime atUtc, string? utente, string entita, int entitaId, int? obiettivoId, int? rilevazioneId,
        string campo, string? valorePrecedente, string? valoreNuovo, string? nota = null)
    {
        AtUtc = atUtc;
        Utente = utente;
        Entita = entita;
        EntitaId = entitaId;
        ObiettivoOperativoId = obiettivoId;
        RilevazioneId = rilevazioneId;
        Campo = campo;
        ValorePrecedente = valorePrecedente;
        ValoreNuovo = valoreNuovo;
        Nota = nota;
    }

    /// <summary>A change of a row whose key is not a number (an account): <see cref="EntitaChiave"/> names it.</summary>
    public static AuditEntry PerChiave(DateTime atUtc, string? utente, string entita, string chiave, string campo,
        string? valorePrecedente, string? valoreNuovo, string? nota = null) =>
        new(atUtc, utente, entita, 0, null, null, campo, valorePrecedente, valoreNuovo, nota) { EntitaChiave = chiave };

    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string? Utente { get; private set; }
    public string Entita { get; private set; }
    public int EntitaId { get; private set; }

    /// <summary>The key of a row whose key is not a number (an account's id); null otherwise.</summary>
    public string? EntitaChiave { get; private set; }
    public int? ObiettivoOperativoId { get; private set; }
    public int? RilevazioneId { get; private set; }
    public string Campo { get; private set; }
    public string? ValorePrecedente { get; private set; }
    public string? ValoreNuovo { get; private set; }

    /// <summary>Why, when the action asks for a reason (reopening, returning).</summary>
    public string? Nota { get; private set; }
}
