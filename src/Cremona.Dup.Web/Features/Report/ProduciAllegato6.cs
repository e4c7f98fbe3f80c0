using System.Security.Claims;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Impostazioni;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Cremona.Dup.Web.Features.Report;

/// <summary>
/// "Scarica l'Allegato 6": checks the request against the data (round, missione, programma), then serves the file of
/// that data version from the cache or renders it.
/// </summary>
public sealed class ProduciAllegato6(Allegato6Queries queries, Allegato6Pdf pdf, Allegato6Cache cache, TimeProvider time,
    ImpostazioniCorrenti impostazioni)
{
    public Task<Allegato6File> PdfAsync(ClaimsPrincipal user, Allegato6Scope scope, Allegato6Filtro filtro, ActionContext context,
        CancellationToken ct) =>
        ProduciAsync(user, scope, filtro, "pdf", report =>
            pdf.RenderAsync(report, scope.Completo ? null : user.FindFirstValue(AppClaims.NomeCompleto) ?? user.Identity?.Name, context,
                CancellationToken.None), ct);

    public Task<Allegato6File> ExcelAsync(ClaimsPrincipal user, Allegato6Scope scope, Allegato6Filtro filtro, CancellationToken ct) =>
        ProduciAsync(user, scope, filtro, "xlsx",
            report => Allegato6Excel.RenderAsync(report, Utente(user), CancellationToken.None, impostazioni.Corrente.NomeEnte), ct);

    private async Task<Allegato6File> ProduciAsync(ClaimsPrincipal user, Allegato6Scope scope, Allegato6Filtro filtro, string formato,
        Func<Allegato6Report, Task<byte[]>> render, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filtro);
        var stamp = await queries.StampAsync(filtro.Data, filtro.Missione, filtro.Programma, ct);
        if (stamp is null)
            return Allegato6File.Errore(StatusCodes.Status404NotFound, $"Non esiste una rilevazione al {Formats.Data(filtro.Data)}.");
        if (!stamp.MissioneEsiste)
            return Allegato6File.Errore(StatusCodes.Status404NotFound, $"La missione {filtro.Missione} non esiste nel piano.");
        if (filtro.Programma is not null && stamp.ProgrammaMissione is null)
            return Allegato6File.Errore(StatusCodes.Status404NotFound, $"Il programma {filtro.Programma} non esiste nel piano.");
        if (filtro.Missione is { } missione && stamp.ProgrammaMissione is { } propria && propria != missione)
            return Allegato6File.Errore(StatusCodes.Status400BadRequest,
                $"Il programma {filtro.Programma} appartiene alla missione {propria}, non alla missione {missione}.");

        // The Excel names its user on the Info sheet; the PDF depends only on the scope. The day is on the cover.
        var utente = formato == "xlsx" ? Utente(user) : null;
        var oggi = Formats.Oggi(time);
        // A new ente name or logo (Amministratore's settings) makes a new file.
        var key = stamp.ChiaveCache(formato, filtro, scope, utente, oggi) + "|ente:" + impostazioni.Corrente.ChiaveEnte;
        var (content, hit) = await cache.GetOrCreateAsync(key, async () =>
        {
            var report = await queries.CaricaAsync(stamp.Rilevazione, filtro, scope, CancellationToken.None);
            return await render(report);
        });
        return new Allegato6File(content, filtro.NomeFile(formato), hit, StatusCodes.Status200OK, null);
    }

    private static string Utente(ClaimsPrincipal user)
    {
        var nome = user.FindFirstValue(AppClaims.NomeCompleto);
        var login = user.Identity?.Name ?? "";
        return nome is null || nome == login ? login : $"{nome} ({login})";
    }
}
