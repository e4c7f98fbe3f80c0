using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Obiettivi;

public sealed record ObiettivoViewModel(
    string Codice,
    string Nome,
    int MissioneNumero,
    string MissioneNome,
    string ProgrammaCodice,
    string ProgrammaNome,
    string? StrategicoCodice,
    string? StrategicoNome,
    string? ResponsabilePolitico,
    string ResponsabileGestionale,
    string? DescrizioneSintetica,
    string? Gap,
    string? Stakeholder,
    string? SettoriCoinvolti,
    IReadOnlyList<ObiettivoViewModel.Definizione> Definizioni,
    IReadOnlyList<ObiettivoViewModel.IndicatoreItem> Indicatori,
    IReadOnlyList<ObiettivoViewModel.RilevazioneItem> Rilevazioni,
    bool Ritirato = false)
{
    public sealed record Definizione(int Anno, string Testo);

    public sealed record IndicatoreItem(
        string Nome, string? Finalita, string? Formula, decimal? Target, string? Note, int PrimoAnno, int UltimoAnno,
        IReadOnlyList<Valore> Valori)
    {
        public IEnumerable<int> Anni => Enumerable.Range(PrimoAnno, UltimoAnno - PrimoAnno + 1);

        public decimal? ConsuntivoDi(int anno) => Valori.FirstOrDefault(v => v.Anno == anno)?.Consuntivo;
    }

    public sealed record Valore(int Anno, decimal? Consuntivo);

    public sealed record RilevazioneItem(
        DateOnly Data, string Titolo, StatoRilevazione StatoRilevazione, StatoCompilazione Stato,
        string? StatoAttuazione, string? AzioniCorrettive);
}
