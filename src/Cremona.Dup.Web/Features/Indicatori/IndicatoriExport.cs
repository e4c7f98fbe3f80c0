using System.Globalization;
using System.Security.Claims;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Excel;
using Cremona.Dup.Web.Infrastructure.Text;
using Cremona.Dup.Web.Infrastructure.Web;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>
/// The explorer's rows as a table for the .xlsx and .csv exports: exactly the rows of the page (all pages, same order),
/// one row per indicator, one numeric column per year with a consuntivo, and the Info lines (filters, user, date).
/// </summary>
public static class IndicatoriExport
{
    public static readonly IReadOnlyDictionary<string, string> NomiFiltri = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["missione"] = "Missione",
        ["programma"] = "Programma",
        ["obiettivo"] = "Obiettivo",
        ["responsabile"] = "Responsabile gestionale",
        ["anno"] = "Anno",
        ["esito"] = "Esito",
        ["q"] = "Testo cercato",
    };

    public static TabellaExport Tabella(ElencoIndicatori elenco, IndicatoriFiltro filtro, ClaimsPrincipal user, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(elenco);
        ArgumentNullException.ThrowIfNull(filtro);
        ArgumentNullException.ThrowIfNull(user);
        var anni = elenco.AnniConValori;
        var colonne = new List<ColonnaExport>
        {
            new("Id indicatore", TipoColonna.Intero),
            new("Missione", TipoColonna.Intero),
            new("Nome missione", TipoColonna.Testo),
            new("Programma", TipoColonna.Testo),
            new("Nome programma", TipoColonna.Testo),
            new("Obiettivo strategico", TipoColonna.Testo),
            new("Nome obiettivo strategico", TipoColonna.Testo),
            new("Obiettivo operativo", TipoColonna.Testo),
            new("Nome obiettivo operativo", TipoColonna.Testo),
            new("Responsabile gestionale", TipoColonna.Testo),
            new("Indicatore", TipoColonna.Testo),
            new("Unità di misura", TipoColonna.Testo),
            new("Direzione", TipoColonna.Testo),
            new("Target", TipoColonna.Numero),
        };
        colonne.AddRange(anni.Select(a => new ColonnaExport($"Consuntivo {a}", TipoColonna.Numero)));
        colonne.Add(new("Anno di riferimento", TipoColonna.Intero));
        colonne.Add(new("Consuntivo di riferimento", TipoColonna.Numero));
        colonne.Add(new("Raggiungimento (%)", TipoColonna.Percentuale));
        colonne.Add(new("Esito", TipoColonna.Testo));
        colonne.Add(new("Note sull'esito", TipoColonna.Testo));

        var righe = elenco.Righe.Select(r =>
        {
            var row = new List<object?>
            {
                r.Id, r.MissioneNumero, r.MissioneNome, r.ProgrammaCodice, r.ProgrammaNome, r.StrategicoCodice, r.StrategicoNome,
                r.ObiettivoCodice, r.ObiettivoNome, r.Responsabile, r.Nome, r.Unita, Esiti.Direzione(r.Direzione), r.Target,
            };
            row.AddRange(anni.Select(a => r.Consuntivi.TryGetValue(a, out var v) ? (object?)v : null));
            row.Add(r.Anno);
            row.Add(r.Consuntivo);
            row.Add(r.Raggiungimento.Percentuale);
            row.Add(Esiti.Etichetta(r.Esito));
            row.Add(r.Raggiungimento.Motivo);
            return (IReadOnlyList<object?>)row;
        }).ToList();

        return new TabellaExport("Indicatori del DUP – Comune di Cremona", "Indicatori", colonne, righe, Info(elenco, filtro, user, time));
    }

    public static string NomeFile(TimeProvider time, string estensione) =>
        $"indicatori-{Formats.Iso(Formats.Oggi(time))}.{estensione}";

    private static List<KeyValuePair<string, string>> Info(ElencoIndicatori elenco, IndicatoriFiltro filtro, ClaimsPrincipal user,
        TimeProvider time)
    {
        var nome = user.FindFirstValue(AppClaims.NomeCompleto);
        var account = user.Identity?.Name ?? "";
        var info = new List<KeyValuePair<string, string>>
        {
            new("Data di estrazione", Formats.DataOra(time.GetUtcNow().UtcDateTime)),
            new("Utente", nome is null || nome == account ? account : $"{nome} ({account})"),
            new("Indicatori visibili", AmbitoIndicatori.ResponsabiliDi(user) is null
                ? "tutti gli indicatori del piano"
                : "solo gli indicatori degli obiettivi di cui l'utente è responsabile gestionale o referente"),
        };
        var filtri = filtro.Filtri();
        if (filtri.Count == 0) info.Add(new("Filtri", "nessuno"));
        foreach (var (parametro, valore) in filtri)
            info.Add(new($"Filtro: {NomiFiltri[parametro]}", valore));
        foreach (var errore in elenco.Criteri.Errori)
            info.Add(new("Filtro non valido", errore));
        info.Add(new("Anno di riferimento", elenco.Criteri.Anno?.ToString(CultureInfo.InvariantCulture) ?? "l'ultimo anno con un consuntivo"));
        info.Add(new("Ordinamento", string.IsNullOrEmpty(elenco.Criteri.Ordina)
            ? "ordine del piano"
            : $"{elenco.Criteri.Ordina}, {(elenco.Criteri.Discendente ? "decrescente" : "crescente")}"));
        info.Add(new("Soglie predefinite",
            $"raggiunto da {NumeroItaliano.Format(elenco.SogliePredefinite.Raggiunto)}%, parzialmente raggiunto da {NumeroItaliano.Format(elenco.SogliePredefinite.Parziale)}%"));
        info.Add(new("Righe", elenco.Righe.Count.ToString(CultureInfo.InvariantCulture)));
        info.Add(new("Fonte", "Cremona.Dup – /indicatori" + filtro.Query()));
        return info;
    }
}
