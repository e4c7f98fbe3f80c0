namespace Cremona.Dup.Web.Features.Errori;

public sealed record ErroreViewModel(int Status, string Titolo, string Messaggio, string TraceId)
{
    public static ErroreViewModel DatabaseNonDisponibile(string traceId) => new(StatusCodes.Status503ServiceUnavailable,
        "Servizio non disponibile",
        "Il database non risponde in questo momento: l'operazione non è stata eseguita e non ha modificato nulla. " +
        "Quanto salvato in precedenza non è andato perso. Riprovare tra qualche minuto; se il problema persiste " +
        "comunicare all'assistenza il codice riportato sotto.", traceId);

    public static ErroreViewModel For(int status, string traceId) => status switch
    {
        400 => new(status, "Richiesta non valida", "La richiesta non è valida. Controllare i dati inseriti e riprovare.", traceId),
        403 => new(status, "Accesso non consentito", "Non hai i permessi per vedere o modificare questa pagina.", traceId),
        404 => new(status, "Pagina non trovata", "La pagina richiesta non esiste: controllare l'indirizzo o il codice indicato.", traceId),
        405 => new(status, "Operazione non consentita", "L'operazione richiesta non è consentita su questa pagina.", traceId),
        413 => new(status, "Richiesta troppo grande", "I dati inviati superano la dimensione massima consentita.", traceId),
        429 => new(status, "Troppi tentativi", "Troppi tentativi di accesso da questo indirizzo in poco tempo: attendere un minuto e riprovare.", traceId),
        503 => new(status, "Servizio non disponibile", "Il servizio è momentaneamente non disponibile. Riprovare tra qualche minuto.", traceId),
        >= 500 => new(status, "Errore del sistema", "Si è verificato un errore imprevisto. Nulla di quanto già salvato è andato perso; se il problema persiste comunicare all'assistenza il codice riportato sotto.", traceId),
        _ => new(status, "Richiesta non valida", "La richiesta non può essere soddisfatta.", traceId),
    };
}
