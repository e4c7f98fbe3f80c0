using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>
/// Turns the rows read for a round into the report: filters (missione, programma, the responsabile's own obiettivi),
/// classification order (missione number, programma code, obiettivo and indicator order) and the values a round prints.
/// Pure, so that its rules are unit-tested without a database.
/// </summary>
public static class Allegato6Builder
{
    public static Allegato6Report Build(Allegato6Report.RilevazioneInfo rilevazione, Allegato6Filtro filtro, Allegato6Scope scope,
        DateTime estrattoAtUtc, IEnumerable<Allegato6Rows.Programma> programmi, IEnumerable<Allegato6Report.Organismo> partecipate)
    {
        ArgumentNullException.ThrowIfNull(rilevazione);
        ArgumentNullException.ThrowIfNull(filtro);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(programmi);
        ArgumentNullException.ThrowIfNull(partecipate);

        var missioni = programmi
            .Where(p => filtro.Missione is null || p.MissioneNumero == filtro.Missione)
            .Where(p => filtro.Programma is null || string.Equals(p.Codice, filtro.Programma, StringComparison.Ordinal))
            .Select(p => (Row: p, Obiettivi: p.Obiettivi
                .Where(o => scope.ResponsabileId is null || o.ResponsabileId == scope.ResponsabileId)
                .OrderBy(o => o.Ordine).ThenBy(o => o.Codice, StringComparer.Ordinal)
                .Select(o => Obiettivo(o, rilevazione))
                .ToList()))
            // A responsabile's export holds only the programmi where they have obiettivi.
            .Where(p => scope.Completo || p.Obiettivi.Count > 0)
            .OrderBy(p => Codici.ProgrammaSortKey(p.Row.Codice))
            .GroupBy(p => (p.Row.MissioneNumero, p.Row.MissioneNome))
            .Select(g => new Allegato6Report.Missione(g.Key.MissioneNumero, g.Key.MissioneNome, g
                .Select(p => new Allegato6Report.Programma(p.Row.MissioneNumero, p.Row.Codice, p.Row.Nome, p.Row.Responsabili,
                    p.Row.Descrizione, p.Row.MotivazioneScelte, p.Row.FinalitaDaConseguire, p.Row.RisorseUmane,
                    p.Row.RisorseStrumentali, p.Obiettivi))
                .ToList()))
            .OrderBy(m => m.Numero)
            .ToList();

        // The organismi partecipati belong to the whole document, not to a missione or a responsabile.
        var organismi = filtro.Filtrato || !scope.Completo ? [] : partecipate.ToList();
        return new Allegato6Report(rilevazione, filtro, scope, estrattoAtUtc, missioni, organismi);
    }

    private static Allegato6Report.Obiettivo Obiettivo(Allegato6Rows.Obiettivo o, Allegato6Report.RilevazioneInfo rilevazione)
    {
        // The plan year's definition; an older one when the year has none yet.
        var definizione = o.Definizioni.Where(d => d.Anno <= rilevazione.Data.Year).MaxBy(d => d.Anno);
        return new Allegato6Report.Obiettivo(o.Codice, o.Nome, o.Ordine, o.StrategicoCodice, o.StrategicoNome,
            o.ResponsabilePolitico, o.ResponsabileId, o.ResponsabileGestionale, o.DescrizioneSintetica, o.Gap, o.Stakeholder,
            o.SettoriCoinvolti, definizione?.Anno, definizione?.Testo, o.Stato, o.StatoAttuazione, o.AzioniCorrettive,
            o.Indicatori.OrderBy(i => i.Ordine).Select(i => Indicatore(o.Codice, i, rilevazione)).ToList());
    }

    private static Allegato6Report.Indicatore Indicatore(string obiettivo, Allegato6Rows.Indicatore i,
        Allegato6Report.RilevazioneInfo rilevazione)
    {
        var consuntivi = Enumerable.Range(i.PrimoAnno, Math.Max(0, i.UltimoAnno - i.PrimoAnno + 1))
            .Select(anno => new Allegato6Report.Consuntivo(anno, ValoreDi(i, anno, rilevazione.AnnoConsuntivo)))
            .ToList();
        return new Allegato6Report.Indicatore(obiettivo, i.Ordine, i.Nome, i.Finalita, i.Formula, i.Target, i.Note,
            i.NotaRilevazione, consuntivi);
    }

    /// <summary>
    /// A round prints what it knew: the consuntivo its own form recorded for its year (else the indicator's value of
    /// that year, as imported), earlier years as they stand, and nothing for later years.
    /// </summary>
    private static decimal? ValoreDi(Allegato6Rows.Indicatore i, int anno, int annoConsuntivo)
    {
        if (anno > annoConsuntivo) return null;
        if (anno == annoConsuntivo && i.Rilevato) return i.ConsuntivoRilevato;
        return i.Valori.FirstOrDefault(v => v.Anno == anno)?.Consuntivo;
    }
}
