using Cremona.Dup.Web.Infrastructure.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>The "Stampa Allegato 6" page and the report's files (decisions §6).</summary>
[Route("report")]
public sealed class ReportController(Allegato6Queries queries, ILogger<ReportController> logger) : Controller
{
    private const string PdfType = "application/pdf";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? data, string? missione, string? programma, CancellationToken ct)
    {
        if (Allegato6Scope.Of(User) is not { } scope) return Forbid();
        var rilevazioni = await queries.RilevazioniAsync(ct);
        if (!Allegato6Richiesta.TryParse(data, missione, programma, Allegato6Queries.DataPredefinita(rilevazioni), out var filtro, out var errore))
            return Errore(rilevazioni.Count == 0 ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, errore!);
        var rilevazione = rilevazioni.FirstOrDefault(r => r.Data == filtro!.Data);
        if (rilevazione is null)
            return Errore(StatusCodes.Status404NotFound, $"Non esiste una rilevazione al {Infrastructure.Web.Formats.Data(filtro!.Data)}.");
        var programmi = await queries.ProgrammiAsync(ct);
        if (filtro!.Missione is { } m && programmi.All(p => p.MissioneNumero != m))
            return Errore(StatusCodes.Status404NotFound, $"La missione {m} non esiste nel piano.");
        if (filtro.Programma is { } codice && programmi.All(p => p.ProgrammaCodice != codice))
            return Errore(StatusCodes.Status404NotFound, $"Il programma {codice} non esiste nel piano.");
        var conteggi = await queries.ContaAsync(filtro, scope, ct);
        return View(new StampaViewModel(rilevazioni, programmi, filtro, rilevazione, conteggi, scope.Completo));
    }

    [HttpGet("allegato6.pdf")]
    public async Task<IActionResult> Pdf(string? data, string? missione, string? programma, [FromServices] ProduciAllegato6 produci,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(produci);
        if (Allegato6Scope.Of(User) is not { } scope) return Forbid();
        var (filtro, errore) = await FiltroAsync(data, missione, programma, ct);
        if (filtro is null) return Errore(StatusCodes.Status400BadRequest, errore!);
        try
        {
            return File(await produci.PdfAsync(User, scope, filtro, ControllerContext, ct), PdfType);
        }
        catch (PdfEngineUnavailableException ex)
        {
            logger.LogWarning("PDF dell'Allegato 6 non disponibile: {Message}", ex.Message);
            return Errore(StatusCodes.Status503ServiceUnavailable, ex.Message, "Stampa del PDF non disponibile");
        }
    }

    [HttpGet("allegato6.xlsx")]
    public async Task<IActionResult> Excel(string? data, string? missione, string? programma, [FromServices] ProduciAllegato6 produci,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(produci);
        if (Allegato6Scope.Of(User) is not { } scope) return Forbid();
        var (filtro, errore) = await FiltroAsync(data, missione, programma, ct);
        if (filtro is null) return Errore(StatusCodes.Status400BadRequest, errore!);
        return File(await produci.ExcelAsync(User, scope, filtro, ct), XlsxType);
    }

    private async Task<(Allegato6Filtro? Filtro, string? Errore)> FiltroAsync(string? data, string? missione, string? programma,
        CancellationToken ct)
    {
        DateOnly? predefinita = string.IsNullOrWhiteSpace(data) ? Allegato6Queries.DataPredefinita(await queries.RilevazioniAsync(ct)) : null;
        return Allegato6Richiesta.TryParse(data, missione, programma, predefinita, out var filtro, out var errore)
            ? (filtro, null) : (null, errore);
    }

    private IActionResult File(Allegato6File file, string contentType)
    {
        if (file.Content is null) return Errore(file.Status, file.Messaggio!);
        Response.Headers["X-Cache"] = file.DaCache ? "HIT" : "MISS";
        Response.Headers.CacheControl = "private, no-store";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.NomeFile);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(file.Content, contentType);
    }

    private ViewResult Errore(int status, string messaggio, string? titolo = null)
    {
        Response.StatusCode = status;
        return View("Errore", new ReportErroreViewModel(status, titolo ?? (status switch
        {
            StatusCodes.Status404NotFound => "Dati non trovati",
            StatusCodes.Status503ServiceUnavailable => "Servizio non disponibile",
            _ => "Richiesta non valida",
        }), messaggio));
    }
}
