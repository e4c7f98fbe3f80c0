using System.Globalization;
using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>Reads the query string of the report's URLs (decisions §6) with Italian messages for values that are not valid.</summary>
public static class Allegato6Richiesta
{
    /// <summary>Parses <c>data</c>, <c>missione</c>, <c>programma</c>; <paramref name="errore"/> says what is wrong.</summary>
    public static bool TryParse(string? data, string? missione, string? programma, DateOnly? predefinita,
        out Allegato6Filtro? filtro, out string? errore)
    {
        filtro = null;
        errore = null;
        DateOnly date;
        if (string.IsNullOrWhiteSpace(data))
        {
            if (predefinita is null) { errore = "Non esiste ancora nessuna rilevazione da stampare."; return false; }
            date = predefinita.Value;
        }
        else if (!DateOnly.TryParseExact(data.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errore = $"La data \"{data}\" non è valida: indicare la data di riferimento della rilevazione come aaaa-mm-gg (es. 2019-06-30).";
            return false;
        }

        int? numero = null;
        if (!string.IsNullOrWhiteSpace(missione))
        {
            if (!int.TryParse(missione.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 99)
            {
                errore = $"La missione \"{missione}\" non è valida: indicare il numero della missione (es. 1).";
                return false;
            }
            numero = n;
        }

        string? codice = null;
        if (!string.IsNullOrWhiteSpace(programma))
        {
            if (!Codici.IsProgramma(programma.Trim()))
            {
                errore = $"Il programma \"{programma}\" non è valido: indicare il codice del programma (es. 1.02).";
                return false;
            }
            codice = programma.Trim();
        }
        filtro = new Allegato6Filtro(date, numero, codice);
        return true;
    }
}
