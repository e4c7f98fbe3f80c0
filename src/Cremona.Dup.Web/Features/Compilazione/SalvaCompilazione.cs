using System.Security.Claims;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Features.Compilazione;

/// <summary>
/// Saves (and optionally sends) the Stato di attuazione, the Azioni correttive and the indicator values of one obiettivo
/// in one round: load, authorize the loaded row, validate everything typed, apply through the domain, save once with
/// optimistic concurrency. Nothing is saved unless everything is valid.
/// </summary>
public sealed class SalvaCompilazione(AppDbContext db, CompilazioneQueries queries, IAuthorizationService authz, TimeProvider time)
{
    public sealed record Risultato(
        EsitoSalvataggio Esito,
        IReadOnlyDictionary<string, string>? Errori = null,
        IReadOnlyList<string>? FuoriTarget = null);

    public async Task<Risultato> HandleAsync(ClaimsPrincipal user, DateOnly data, string codice, CompilazioneInput input,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var item = await queries.CaricaPerModificaAsync(data, codice, ct);
        if (item is null) return new(EsitoSalvataggio.NonTrovato);

        if (!(await authz.AuthorizeAsync(user, item, Operations.Compila)).Succeeded)
        {
            // Its responsabile, a referente or Segreteria is told why (closed round, already sent); anybody else gets a 403.
            var mayEdit = user.IsSegreteria() || user.IsReferenteDi(item.Obiettivo.ResponsabileGestionaleId)
                || (user.IsInRole(Roles.Responsabile) && user.ResponsabileId() == item.Obiettivo.ResponsabileGestionaleId);
            return new(mayEdit ? EsitoSalvataggio.Chiuso : EsitoSalvataggio.NonAutorizzato);
        }
        if (input.IsInvio && !(await authz.AuthorizeAsync(user, item, Operations.Invia)).Succeeded)
            return new(EsitoSalvataggio.NonAutorizzato);

        var errori = new Dictionary<string, string>(StringComparer.Ordinal);
        var valori = new List<(Indicatore Indicatore, decimal? Valore, string? Nota)>();
        var indicatori = item.Obiettivo.Indicatori.ToDictionary(i => i.Id);
        for (var i = 0; i < input.Valori.Count; i++)
        {
            var v = input.Valori[i];
            if (!indicatori.TryGetValue(v.IndicatoreId, out var indicatore))
            {
                errori[$"Valori[{i}].Consuntivo"] = "Indicatore non valido per questo obiettivo: ricaricare la pagina.";
                continue;
            }
            if (!NumeroItaliano.TryParse(v.Consuntivo, out var valore, out var errore))
                errori[$"Valori[{i}].Consuntivo"] = errore!;
            else
                valori.Add((indicatore, valore, v.Nota));
        }
        if (valori.GroupBy(v => v.Indicatore.Id).Any(g => g.Count() > 1))
            errori[""] = "Lo stesso indicatore compare più volte: ricaricare la pagina.";
        if (input.IsInvio && item.Rilevazione.ChiedeStatoAttuazione && string.IsNullOrWhiteSpace(input.StatoAttuazione))
            errori[nameof(CompilazioneInput.StatoAttuazione)] = "Per inviare, compilare lo stato di attuazione.";
        if (errori.Count > 0) return new(EsitoSalvataggio.DatiNonValidi, errori);

        if (input.IsInvio && !input.ConfermaSenzaAzioni && string.IsNullOrWhiteSpace(input.AzioniCorrettive))
        {
            var fuori = valori.Where(v => v.Indicatore.RaggiungeTarget(v.Valore) == false).Select(v => v.Indicatore.Nome).ToList();
            if (fuori.Count > 0) return new(EsitoSalvataggio.ConfermaRichiesta, FuoriTarget: fuori);
        }

        var comeSegreteria = user.IsSegreteria() && user.ResponsabileId() != item.Obiettivo.ResponsabileGestionaleId;
        db.Entry(item).Property(r => r.Version).OriginalValue = input.Version;
        item.Update(input.StatoAttuazione, input.AzioniCorrettive, comeSegreteria);
        foreach (var (indicatore, valore, nota) in valori)
            item.SetValore(indicatore, valore, nota, comeSegreteria);
        if (input.IsInvio)
            item.Invia(time.GetUtcNow().UtcDateTime, user.Identity?.Name);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(EsitoSalvataggio.Conflitto);
        }
        return new(input.IsInvio ? EsitoSalvataggio.Inviato : EsitoSalvataggio.Salvato);
    }
}
