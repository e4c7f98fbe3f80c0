using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>Everything the Allegato 6 prints, in classification order: the single model of the PDF and the Excel.</summary>
public sealed record Allegato6Report(
    Allegato6Report.RilevazioneInfo Rilevazione,
    Allegato6Filtro Filtro,
    Allegato6Scope Scope,
    DateTime EstrattoAtUtc,
    IReadOnlyList<Allegato6Report.Missione> Missioni,
    IReadOnlyList<Allegato6Report.Organismo> Partecipate)
{
    public const string Ufficio = "Segreteria Generale";
    public const string Autore = "Comune di Cremona – Segreteria Generale";

    /// <summary>"Stato di attuazione dei Programmi e obiettivi al 30 giugno 2019", as the real document's title.</summary>
    public string Titolo => $"Stato di attuazione dei Programmi e obiettivi al {Rilevazione.DataEstesa}";

    /// <summary>A round that is not closed yet prints as a draft.</summary>
    public bool Bozza => Rilevazione.Stato != StatoRilevazione.Chiusa;

    public IEnumerable<Programma> Programmi => Missioni.SelectMany(m => m.Programmi);

    public IEnumerable<Obiettivo> Obiettivi => Programmi.SelectMany(p => p.Obiettivi);

    public IEnumerable<Indicatore> Indicatori => Obiettivi.SelectMany(o => o.Indicatori);

    /// <summary>Every consuntivo year printed by at least one indicator, ascending (the Excel's value columns).</summary>
    public IReadOnlyList<int> AnniConsuntivo => Indicatori.SelectMany(i => i.Consuntivi.Select(c => c.Anno)).Distinct().Order().ToList();

    public sealed record RilevazioneInfo(int Id, DateOnly Data, string Titolo, StatoRilevazione Stato, int AnnoConsuntivo)
    {
        public string DataEstesa => Data.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("it-IT"));
    }

    public sealed record Missione(int Numero, string Nome, IReadOnlyList<Programma> Programmi)
    {
        public string Etichetta => $"Missione {Numero} - {Nome}";

        public string Ancora => $"missione-{Numero}";
    }

    public sealed record Programma(
        int MissioneNumero, string Codice, string Nome, string? Responsabili, string? Descrizione, string? MotivazioneScelte,
        string? FinalitaDaConseguire, string? RisorseUmane, string? RisorseStrumentali, IReadOnlyList<Obiettivo> Obiettivi)
    {
        public string Etichetta => $"Programma {Codice} - {Nome}";

        public string Ancora => $"programma-{Codice}";
    }

    public sealed record Obiettivo(
        string Codice, string Nome, int Ordine, string? StrategicoCodice, string? StrategicoNome, string? ResponsabilePolitico,
        int ResponsabileId, string ResponsabileGestionale, string? DescrizioneSintetica, string? Gap, string? Stakeholder,
        string? SettoriCoinvolti, int? DefinizioneAnno, string? Definizione, StatoCompilazione? Stato, string? StatoAttuazione,
        string? AzioniCorrettive, IReadOnlyList<Indicatore> Indicatori)
    {
        public string Ancora => $"obiettivo-{Codice}";

        public string? Strategico => StrategicoCodice is null ? null : $"{StrategicoCodice} - {StrategicoNome}";
    }

    public sealed record Indicatore(
        string ObiettivoCodice, int Ordine, string Nome, string? Finalita, string? Formula, decimal? Target, string? Note,
        string? NotaRilevazione, IReadOnlyList<Consuntivo> Consuntivi)
    {
        public decimal? ConsuntivoDi(int anno) => Consuntivi.FirstOrDefault(c => c.Anno == anno)?.Valore;
    }

    /// <summary>One year's column; <see cref="Valore"/> null means not measured (never zero).</summary>
    public sealed record Consuntivo(int Anno, decimal? Valore);

    public sealed record Organismo(string Nome, string? Introduzione, IReadOnlyList<Sezione> Sezioni)
    {
        public string Ancora(int indice) => $"organismo-{indice}";
    }

    public sealed record Sezione(string Numero, string? Titolo, string? Testo, string? Rendicontazione, IReadOnlyList<Indirizzo> Indirizzi);

    public sealed record Indirizzo(string? Lettera, string? Testo, string? Rendicontazione, IReadOnlyList<IndicatorePartecipata> Indicatori);

    public sealed record IndicatorePartecipata(string Nome, string? TargetAtteso, string? Finalita, string? Formula, string? Risultato);
}
