using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Features.Promemoria;
using Cremona.Dup.Web.Infrastructure.Email;
using Cremona.Dup.Web.Infrastructure.Impostazioni;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Impostazioni;

/// <summary>
/// The Amministratore saves the settings: every field checked (the logo by its bytes; e-mail and reminders by the same
/// validators that check the configuration at start-up, on the merged values the app would use), saved once with
/// optimistic concurrency and audited by the interceptor (the SMTP password only as "changed"), then put in force.
/// </summary>
public sealed class SalvaImpostazioni(AppDbContext db, ImpostazioniLoader loader, ImpostazioniCorrenti correnti, IConfiguration configuration)
{
    public async Task<(EsitoImpostazioni Esito, IReadOnlyDictionary<string, string>? Errori)> HandleAsync(ImpostazioniInput input,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errori = new Dictionary<string, string>(StringComparer.Ordinal);

        byte[]? logo = null;
        string? logoTipo = null;
        if (input.Logo is { } file)
        {
            if (file.Length > ImpostazioniApplicazione.MaxLogoBytes) errori[nameof(input.Logo)] = LogoEnte.MessaggioDimensione;
            else
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream, ct);
                logo = stream.ToArray();
                logoTipo = LogoEnte.Tipo(logo, out var errore);
                if (errore is not null) errori[nameof(input.Logo)] = errore;
            }
        }

        var modalita = Vuoto(input.EmailModalita);
        if (modalita is not null && !Enum.TryParse<ModalitaEmail>(modalita, out _))
            errori[nameof(input.EmailModalita)] = "Modalità di invio non valida: scegliere Pickup oppure Smtp.";
        var sicurezza = Vuoto(input.SmtpSicurezza);
        if (sicurezza is not null && !Enum.TryParse<SicurezzaSmtp>(sicurezza, out _))
            errori[nameof(input.SmtpSicurezza)] = "Sicurezza della connessione non valida: scegliere StartTls, SslOnConnect oppure None.";
        int? port = null;
        if (Vuoto(input.SmtpPort) is { } portText)
        {
            if (int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p)
                && p is >= 1 and <= 65_535)
                port = p;
            else
                errori[nameof(input.SmtpPort)] = "La porta SMTP deve essere un numero tra 1 e 65535.";
        }
        if (!GiorniTesto.TryParse(input.GiorniPrima, out var prima))
            errori[nameof(input.GiorniPrima)] = "Indicare i giorni prima della scadenza come numeri interi separati da virgole, ad esempio 7, 2.";
        if (!GiorniTesto.TryParse(input.GiorniDopo, out var dopo))
            errori[nameof(input.GiorniDopo)] = "Indicare i giorni dopo la scadenza come numeri interi separati da virgole, ad esempio 1, 7.";
        if (errori.Count > 0) return (EsitoImpostazioni.DatiNonValidi, errori);

        var row = await db.ImpostazioniApplicazione.SingleAsync(ct);
        var passwordAttuale = correnti.Corrente.SmtpPassword;
        var password = input.CancellaPasswordSmtp ? null : Vuoto(input.SmtpPassword) ?? passwordAttuale;

        // The values the running app would use, checked by the start-up validators.
        var candidato = correnti.Corrente with
        {
            EmailModalita = modalita,
            EmailMittente = Vuoto(input.EmailMittente),
            EmailNomeMittente = Vuoto(input.EmailNomeMittente),
            SmtpHost = Vuoto(input.SmtpHost),
            SmtpPort = port,
            SmtpSicurezza = sicurezza,
            SmtpUtente = Vuoto(input.SmtpUtente),
            SmtpPassword = password,
            GiorniPrima = prima,
            GiorniDopo = dopo,
        };
        var email = ImpostazioniQueries.EmailConfigurata(configuration);
        EmailOptionsOverrides.Applica(candidato, email);
        foreach (var messaggio in new EmailOptionsValidator().Validate(null, email).Failures ?? [])
            Aggiungi(errori, CampoEmail(messaggio), messaggio);
        var promemoria = ImpostazioniQueries.PromemoriaConfigurato(configuration);
        PromemoriaOptionsOverrides.Applica(candidato, promemoria);
        foreach (var messaggio in new PromemoriaOptionsValidator().Validate(null, promemoria).Failures ?? [])
            Aggiungi(errori, messaggio.Contains("GiorniDopo", StringComparison.Ordinal) ? nameof(input.GiorniDopo)
                : messaggio.Contains("GiorniPrima", StringComparison.Ordinal) ? nameof(input.GiorniPrima) : "", messaggio);
        if (errori.Count > 0) return (EsitoImpostazioni.DatiNonValidi, errori);

        db.Entry(row).Property(i => i.Version).OriginalValue = input.Version;
        if (row.NomeEnte != input.NomeEnte!.Trim()) row.ImpostaEnte(input.NomeEnte);
        if (logo is not null) row.ImpostaLogo(logo, logoTipo!);
        else if (input.RimuoviLogo && row.LogoVersione is not null) row.RimuoviLogo();
        row.ImpostaEmail(modalita, input.EmailMittente, input.EmailNomeMittente, input.SmtpHost, port, sicurezza, input.SmtpUtente);
        if (input.CancellaPasswordSmtp) row.ImpostaPasswordSmtp(null);
        else if (Vuoto(input.SmtpPassword) is { } nuova) row.ImpostaPasswordSmtp(loader.Cifra(nuova));
        row.ImpostaPromemoria(prima, dopo);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (EsitoImpostazioni.Conflitto, null);
        }
        await loader.CaricaAsync(ct);
        return (EsitoImpostazioni.Salvato, null);
    }

    /// <summary>The form field a start-up validator's message is about (the messages name the configuration keys).</summary>
    private static string CampoEmail(string messaggio) =>
        messaggio.Contains("Smtp:Host", StringComparison.Ordinal) ? nameof(ImpostazioniInput.SmtpHost)
        : messaggio.Contains("Smtp:Port", StringComparison.Ordinal) ? nameof(ImpostazioniInput.SmtpPort)
        : messaggio.Contains("Smtp:Utente", StringComparison.Ordinal) ? nameof(ImpostazioniInput.SmtpUtente)
        : messaggio.Contains("Smtp:Sicurezza", StringComparison.Ordinal) ? nameof(ImpostazioniInput.SmtpSicurezza)
        : messaggio.Contains("Email:Mittente", StringComparison.Ordinal) ? nameof(ImpostazioniInput.EmailMittente)
        : messaggio.Contains("Email:Modalita", StringComparison.Ordinal) ? nameof(ImpostazioniInput.EmailModalita)
        : "";

    private static void Aggiungi(Dictionary<string, string> errori, string campo, string messaggio) =>
        errori[campo] = errori.TryGetValue(campo, out var prima) ? $"{prima} {messaggio}" : messaggio;

    private static string? Vuoto(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
