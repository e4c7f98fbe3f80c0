using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>
/// The checks an account's roles and links share on creation and edit, against the database (a posted responsabile id
/// must exist: hidden or forged values are refused, never trusted), and the names the audit records.
/// </summary>
public sealed class ControlliAccount(AppDbContext db)
{
    /// <summary>The responsabili by id, to name them in the audit; errors go to <paramref name="errori"/> by field.</summary>
    public async Task<IReadOnlyDictionary<int, string>> ValidaAsync(AccountInput input, Dictionary<string, string> errori,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errori);
        if (input.Ruoli.Any(r => !Roles.All.Contains(r)))
            errori[nameof(AccountInput.Ruoli)] = "Ruolo non valido: ricaricare la pagina.";
        if (input.Ruoli.Contains(Roles.Responsabile) && input.ResponsabileId is null)
            errori[nameof(AccountInput.ResponsabileId)] =
                "Un account con il ruolo Responsabile di settore va collegato a un responsabile del piano.";

        var ids = input.Referenti.Append(input.ResponsabileId ?? 0).Where(id => id > 0).Distinct().ToList();
        var nomi = await db.Responsabili.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Nome, ct);
        if (input.ResponsabileId is { } rid && !nomi.ContainsKey(rid))
            errori[nameof(AccountInput.ResponsabileId)] = "Il responsabile indicato non esiste nel piano.";
        if (input.Referenti.Any(id => !nomi.ContainsKey(id)))
            errori[nameof(AccountInput.Referenti)] = "Uno dei responsabili indicati per i referenti non esiste nel piano.";
        else if (input.ResponsabileId is { } own && input.Referenti.Contains(own))
            errori[nameof(AccountInput.Referenti)] =
                "Un account non può essere referente del responsabile a cui è collegato: lo è già come responsabile.";
        return nomi;
    }

    public static string? Ruoli(IEnumerable<string> ruoli)
    {
        var list = ruoli.Where(Roles.All.Contains).OrderBy(r => Roles.All.ToList().IndexOf(r)).Select(Roles.Etichetta).ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    public static string? Referenti(IEnumerable<int> ids, IReadOnlyDictionary<int, string> nomi)
    {
        var list = ids.Select(id => nomi.TryGetValue(id, out var n) ? n : $"#{id}").Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : string.Join("; ", list);
    }

    /// <summary>Identity's errors (already Italian) on the field they concern.</summary>
    public static Dictionary<string, string> Errori(IEnumerable<Microsoft.AspNetCore.Identity.IdentityError> errors)
    {
        var errori = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in errors)
        {
            var campo = e.Code switch
            {
                "DuplicateUserName" or "InvalidUserName" => nameof(AccountInput.UserName),
                "DuplicateEmail" or "InvalidEmail" => nameof(AccountInput.Email),
                _ => "",
            };
            errori[campo] = errori.TryGetValue(campo, out var prima) ? $"{prima} {e.Description}" : e.Description;
        }
        return errori;
    }
}
