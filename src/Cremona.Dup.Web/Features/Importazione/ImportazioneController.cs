using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Excel;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>
/// Segreteria Generale downloads the plan as an Excel template, uploads it edited, sees a preview of every change or
/// error, and applies it all at once. The uploaded file waits on the server between preview and application.
/// </summary>
[Route("piano")]
[Authorize(Policy = Policies.Segreteria)]
public sealed class ImportazioneController(ImportazioneQueries queries, ArchivioImportazioni archivio, TimeProvider time) : Controller
{
    private const string Ente = "Comune di Cremona";

    /// <summary>The file limit plus room for the rest of the multipart body; bigger requests are refused by the server.</summary>
    private const long MaxRichiesta = LettoreXlsx.MaxByte + (1024 * 1024);

    private string Utente => User.Identity?.Name ?? "";

    [HttpGet("modello.xlsx")]
    public async Task<IActionResult> Modello([FromQuery] int? anno, CancellationToken ct)
    {
        if (!ModelState.IsValid || anno is < Anni.Min or > Anni.Max)
        {
            ModelState.Clear();
            ModelState.AddModelError("anno", $"Indicare l'anno del piano con quattro cifre, tra {Anni.Min} e {Anni.Max}.");
            return View(nameof(Importa), new ImportaPagina(await queries.AnnoCorrenteAsync(ct), Request.Query["anno"].ToString()));
        }
        var year = anno ?? await queries.AnnoCorrenteAsync(ct);
        var attuale = await queries.AttualeAsync(year, ct);
        var workbook = ModelloPiano.Workbook(attuale.Righe.Visibili(), year, Ente, Utente, time.GetUtcNow().UtcDateTime);
        var stream = new MemoryStream();
        await XlsxWriter.WriteAsync(workbook, stream, ct);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ModelloPiano.NomeFile(year));
    }

    [HttpGet("importa")]
    public async Task<IActionResult> Importa(CancellationToken ct) => View(new ImportaPagina(await queries.AnnoCorrenteAsync(ct)));

    [HttpPost("importa")]
    [RequestSizeLimit(MaxRichiesta)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRichiesta)]
    public async Task<IActionResult> Importa(IFormFile? file, CancellationToken ct)
    {
        string? errore;
        byte[]? contenuto = null;
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            errore = "Scegliere il file Excel (.xlsx) da importare.";
        }
        else
        {
            errore = LettoreXlsx.Controlla(file.FileName, file.Length);
            if (errore is null)
            {
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                contenuto = buffer.ToArray();
                errore = LettoreXlsx.ControllaFirma(contenuto) ?? LettoreXlsx.Controlla(file.FileName, contenuto.Length);
                // A zip that is no workbook at all is refused here; a workbook with wrong contents gets its preview.
                if (errore is null && LettoreXlsx.Leggi(contenuto) is { Fogli.Count: 0, Errori: [var illeggibile, ..] })
                    errore = illeggibile.Messaggio;
            }
        }
        if (errore is null && contenuto is not null)
        {
            var caricamento = await archivio.SalvaAsync(contenuto, file!.FileName, Utente, ct);
            return RedirectToAction(nameof(Anteprima), new { id = caricamento.Id });
        }
        ModelState.AddModelError("File", errore!);
        return View(new ImportaPagina(await queries.AnnoCorrenteAsync(ct)));
    }

    [HttpGet("importa/{id:guid}")]
    public async Task<IActionResult> Anteprima(Guid id, CancellationToken ct)
    {
        var caricamento = await archivio.TrovaAsync(id, Utente, ct);
        if (caricamento is null) return NotFound();
        if (caricamento.ApplicatoIlUtc is not null) return RedirectToAction(nameof(Esito), new { id });
        var file = LettoreXlsx.Leggi(await archivio.ContenutoAsync(id, ct));
        var attuale = await queries.AttualeAsync(ValidatoreImportazione.AnnoDelFile(file) ?? Anni.Min, ct);
        return View(new AnteprimaPagina(caricamento, ValidatoreImportazione.Valida(file, attuale), attuale.Impronta));
    }

    [HttpPost("importa/applica")]
    public async Task<IActionResult> Applica([FromForm] Guid? id, [FromForm] string? impronta, [FromServices] ApplicaImportazione applica,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(applica);
        if (id is not { } guid) return NotFound();
        var esito = await applica.HandleAsync(guid, Utente, impronta, ct);
        switch (esito.Esito)
        {
            case EsitoApplicazione.Tipo.NonTrovato:
                return NotFound();
            case EsitoApplicazione.Tipo.Applicato:
                TempData[Alerts.Success] = "Importazione applicata: il piano è aggiornato.";
                return RedirectToAction(nameof(Esito), new { id = guid });
            case EsitoApplicazione.Tipo.GiaApplicato:
                TempData[Alerts.Error] = "Questo file è già stato importato: per importarlo di nuovo caricarlo un'altra volta.";
                return RedirectToAction(nameof(Esito), new { id = guid });
            case EsitoApplicazione.Tipo.NonValido:
                TempData[Alerts.Error] = "Il file contiene errori: nulla è stato importato.";
                return RedirectToAction(nameof(Anteprima), new { id = guid });
            default:
                TempData[Alerts.Error] = esito.Messaggio;
                return RedirectToAction(nameof(Anteprima), new { id = guid });
        }
    }

    [HttpGet("importa/{id:guid}/esito")]
    public async Task<IActionResult> Esito(Guid id, CancellationToken ct)
    {
        var caricamento = await archivio.TrovaAsync(id, Utente, ct);
        if (caricamento is null) return NotFound();
        if (caricamento.ApplicatoIlUtc is null || caricamento.Esito is null) return RedirectToAction(nameof(Anteprima), new { id });
        return View(caricamento);
    }
}
