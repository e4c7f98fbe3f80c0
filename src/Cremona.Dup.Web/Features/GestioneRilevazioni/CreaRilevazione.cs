using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>Creates a round in preparazione; the domain's rules become messages next to the fields.</summary>
public sealed class CreaRilevazione(AppDbContext db, TimeProvider time)
{
    /// <summary>Every rule the typed values break, each next to its field; nothing is saved.</summary>
    public async Task<IReadOnlyList<ErroreCampo>> VerificaAsync(NuovaRilevazioneInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errori = new List<ErroreCampo>();
        if (input.Scadenza is { } scadenza && scadenza <= Formats.Oggi(time))
            errori.Add(new(nameof(input.Scadenza), "La scadenza deve essere successiva alla data di oggi."));
        if (input.Data is not { } data) return errori;
        if (data.Year is < Anni.Min or > Anni.Max)
        {
            errori.Add(new(nameof(input.Data), $"L'anno deve essere compreso tra {Anni.Min} e {Anni.Max}."));
            return errori;
        }

        // The domain checks the date first and stops there: check the other fields against the 31 December of the
        // same year too, so that every mistake shows at once.
        var titolo = string.IsNullOrWhiteSpace(input.Titolo) ? "-" : input.Titolo;
        if (!Rilevazione.IsDataDiRiferimento(data))
            Prova(() => new Rilevazione(data, titolo, null), errori);
        var riferimento = Rilevazione.IsDataDiRiferimento(data) ? data : new DateOnly(data.Year, 12, 31);
        Prova(() => new Rilevazione(riferimento, titolo, input.Scadenza, input.AnnoConsuntivo,
            input.ChiedeStatoAttuazione, input.ChiedeAzioniCorrettive), errori);

        if (await db.Rilevazioni.AnyAsync(r => r.Data == data, ct))
            errori.Add(new(nameof(input.Data), Duplicata(data)));
        return errori;
    }

    /// <summary>Checks, then creates: the new round, or the errors and nothing saved.</summary>
    public async Task<IReadOnlyList<ErroreCampo>> HandleAsync(NuovaRilevazioneInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errori = await VerificaAsync(input, ct);
        if (errori.Count > 0) return errori;

        var data = input.Data!.Value;
        db.Rilevazioni.Add(new Rilevazione(data, input.Titolo!, input.Scadenza, input.AnnoConsuntivo,
            input.ChiedeStatoAttuazione, input.ChiedeAzioniCorrettive));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone created the same date between the check and the save: the unique index refused it.
            db.ChangeTracker.Clear();
            if (await db.Rilevazioni.AnyAsync(r => r.Data == data, ct)) return [new(nameof(input.Data), Duplicata(data))];
            throw;
        }
        return [];
    }

    private static string Duplicata(DateOnly data) =>
        $"Esiste già una rilevazione al {Formats.Data(data)}: ogni data di riferimento ha una sola rilevazione.";

    private static void Prova(Func<Rilevazione> crea, List<ErroreCampo> errori)
    {
        try
        {
            crea();
        }
        catch (ArgumentException ex)
        {
            var campo = Campo(ex.ParamName);
            var testo = ErroreCampo.Testo(ex);
            if (!errori.Exists(e => e.Campo == campo)) errori.Add(new(campo, testo));
        }
    }

    /// <summary>Which field a domain exception is about, from the parameter it names.</summary>
    internal static string Campo(string? paramName) => paramName switch
    {
        "data" => nameof(NuovaRilevazioneInput.Data),
        "titolo" => nameof(NuovaRilevazioneInput.Titolo),
        "annoConsuntivo" or "anno" => nameof(NuovaRilevazioneInput.AnnoConsuntivo),
        _ => nameof(NuovaRilevazioneInput.ChiedeStatoAttuazione),
    };
}
