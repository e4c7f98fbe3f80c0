using System.Globalization;
using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Text;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Compilazione;

/// <summary>The data-entry form of one obiettivo operativo in one round (decisions §6).</summary>
[Route("rilevazioni/{data}/obiettivi/{codice}")]
public sealed class CompilazioneController(CompilazioneQueries queries, IAuthorizationService authz) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Modifica(string data, string codice, CancellationToken ct)
    {
        if (!TryParseData(data, out var date)) return NotFound();
        var item = await queries.CaricaAsync(date, codice, ct);
        if (item is null) return NotFound();
        if (!(await authz.AuthorizeAsync(User, item, Operations.Leggi)).Succeeded) return Forbid();
        return await ShowFormAsync(item, null, ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Modifica(string data, string codice, CompilazioneInput input,
        [FromServices] SalvaCompilazione salva, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(salva);
        if (!TryParseData(data, out var date)) return NotFound();

        if (!ModelState.IsValid)
        {
            var current = await queries.CaricaAsync(date, codice, ct);
            if (current is null) return NotFound();
            if (!(await authz.AuthorizeAsync(User, current, Operations.Compila)).Succeeded) return Forbid();
            return await ShowFormAsync(current, input, ct);
        }

        var result = await salva.HandleAsync(User, date, codice, input, ct);
        switch (result.Esito)
        {
            case EsitoSalvataggio.NonTrovato:
                return NotFound();
            case EsitoSalvataggio.NonAutorizzato:
                return Forbid();
            case EsitoSalvataggio.Salvato:
                TempData[Alerts.Success] = "Bozza salvata. Potrai modificarla fino all'invio.";
                return RedirectToAction(nameof(Modifica), new { data, codice = codice.ToUpperInvariant() });
            case EsitoSalvataggio.Inviato:
                TempData[Alerts.Success] = "Obiettivo inviato alla Segreteria Generale. Non è più modificabile, salvo restituzione.";
                return RedirectToAction(nameof(Modifica), new { data, codice = codice.ToUpperInvariant() });
        }

        var item = await queries.CaricaAsync(date, codice, ct);
        if (item is null) return NotFound();
        switch (result.Esito)
        {
            case EsitoSalvataggio.DatiNonValidi:
                foreach (var (key, message) in result.Errori!)
                    ModelState.AddModelError(key, message);
                return await ShowFormAsync(item, input, ct);
            case EsitoSalvataggio.ConfermaRichiesta:
                ModelState.AddModelError(nameof(CompilazioneInput.AzioniCorrettive),
                    "Alcuni valori non raggiungono il target e le azioni correttive sono vuote: descrivere le azioni correttive oppure confermare l'invio.");
                return await ShowFormAsync(item, input, ct, fuoriTarget: result.FuoriTarget);
            case EsitoSalvataggio.Chiuso:
                ModelState.AddModelError("", item.IsAperto
                    ? "L'obiettivo è già stato inviato alla Segreteria: non è modificabile finché non viene restituito. Il testo che hai scritto è riportato qui sotto."
                    : "La rilevazione è chiusa: i dati non sono più modificabili. Il testo che hai scritto è riportato qui sotto.");
                return await ShowFormAsync(item, input, ct);
            default: // Conflitto
                ModelState.AddModelError("",
                    "Qualcun altro ha salvato questo obiettivo mentre lo modificavi: il tuo testo non è stato salvato. " +
                    "Confronta le due versioni qui sotto; se salvi di nuovo, la tua versione sostituirà l'altra.");
                var conflitto = new CompilazioneViewModel.Conflitto(item.StatoAttuazione, item.AzioniCorrettive, item.UpdatedBy,
                    item.UpdatedAtUtc, item.Obiettivo.Indicatori.ToDictionary(i => i.Id,
                        i => (string?)NumeroItaliano.Format(item.Valori.Find(v => v.IndicatoreId == i.Id)?.Consuntivo)));
                input.Version = item.Version;
                ModelState.Remove(nameof(CompilazioneInput.Version));
                return await ShowFormAsync(item, input, ct, conflitto);
        }
    }

    /// <summary>
    /// The page's model is the input (so fields keep the contract names StatoAttuazione, AzioniCorrettive…); the
    /// context around it travels in <c>ViewData[CompilazioneViewModel.Key]</c>.
    /// </summary>
    private async Task<IActionResult> ShowFormAsync(RilevazioneObiettivo item, CompilazioneInput? typed, CancellationToken ct,
        CompilazioneViewModel.Conflitto? conflitto = null, IReadOnlyList<string>? fuoriTarget = null)
    {
        var (model, input) = await BuildAsync(item, typed, ct);
        ViewData[CompilazioneViewModel.Key] = model with { AltraVersione = conflitto, FuoriTarget = fuoriTarget ?? [] };
        return View("Modifica", input);
    }

    private async Task<(CompilazioneViewModel Model, CompilazioneInput Input)> BuildAsync(RilevazioneObiettivo item,
        CompilazioneInput? typed, CancellationToken ct)
    {
        // A retired indicator is no longer asked; one that already has a value in this round keeps showing it.
        var indicatori = item.Obiettivo.Indicatori.Where(i => !i.Ritirato || item.Valori.Exists(v => v.IndicatoreId == i.Id))
            .OrderBy(i => i.Ordine).ToList();
        var anno = item.Rilevazione.AnnoConsuntivo;
        var input = typed ?? new CompilazioneInput
        {
            StatoAttuazione = item.StatoAttuazione,
            AzioniCorrettive = item.AzioniCorrettive,
            Version = item.Version,
            Valori = indicatori.Select(i =>
            {
                var entered = item.Valori.Find(v => v.IndicatoreId == i.Id);
                return new CompilazioneInput.ValoreInput
                {
                    IndicatoreId = i.Id,
                    Consuntivo = NumeroItaliano.Format(entered is null ? i.ConsuntivoDi(anno) : entered.Consuntivo),
                    Nota = entered?.Nota,
                };
            }).ToList(),
        };

        var permessi = new CompilazioneViewModel.Permessi(
            (await authz.AuthorizeAsync(User, item, Operations.Compila)).Succeeded,
            (await authz.AuthorizeAsync(User, item, Operations.Invia)).Succeeded,
            (await authz.AuthorizeAsync(User, item, Operations.Valida)).Succeeded,
            (await authz.AuthorizeAsync(User, item, Operations.Restituisci)).Succeeded);
        var precedente = await queries.PrecedenteAsync(item.ObiettivoOperativoId, item.Rilevazione.Data, ct);
        var o = item.Obiettivo;
        var model = new CompilazioneViewModel(
            item.Rilevazione.Data, item.Rilevazione.Titolo, item.Rilevazione.Stato, item.Rilevazione.Scadenza, anno,
            item.Rilevazione.ChiedeStatoAttuazione, item.Rilevazione.ChiedeAzioniCorrettive,
            o.Codice, o.Nome, o.Programma.Codice, o.Programma.Nome, o.ResponsabileGestionale.Nome, o.DescrizioneSintetica,
            o.Definizioni.Find(d => d.Anno == item.Rilevazione.Data.Year)?.Testo,
            item.Stato, item.NotaRestituzione, item.Riaperto, item.InviatoAtUtc, item.InviatoDa, precedente,
            indicatori.Select(i => new CompilazioneViewModel.IndicatoreItem(i.Id, i.Nome, i.Finalita, i.Formula, i.Target,
                i.Direzione, i.PrimoAnno, Math.Max(i.UltimoAnno, anno),
                i.Valori.ToDictionary(v => v.Anno, v => v.Consuntivo))).ToList(),
            permessi);
        return (model, input);
    }

    private static bool TryParseData(string data, out DateOnly date) =>
        DateOnly.TryParseExact(data, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
