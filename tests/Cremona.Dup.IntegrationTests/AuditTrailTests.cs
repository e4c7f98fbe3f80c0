using System.Security.Claims;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Interceptors;
using Cremona.Dup.Web.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests;

/// <summary>
/// What the save interceptor records in the audit trail, through the real DbContext of the app on its SQLite file.
/// Each test works on an obiettivo of its own of the open round 2019-12-31, so the tests do not see each other's rows.
/// </summary>
public sealed class AuditTrailTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    private static readonly DateOnly Annuale = new(2019, 12, 31);

    [Fact]
    public async Task A_text_change_records_field_old_and_new_text_user_time_and_ties()
    {
        await ChangeAsync("C07", async (db, item, _) =>
        {
            item.Update("Primo testo.", null);
            await db.SaveChangesAsync();
        }, user: "di.girolamo.gabriella");
        await ChangeAsync("C07", async (db, item, _) =>
        {
            item.Update("Secondo testo, più lungo.", "Nessuna.");
            await db.SaveChangesAsync();
        }, user: "segreteria");

        var rows = await AuditOfAsync("C07");
        var item = await IdsOfAsync("C07");
        var stato = rows.Where(a => a.Campo == nameof(RilevazioneObiettivo.StatoAttuazione)).ToList();
        stato.Should().HaveCount(2);
        stato[0].ValorePrecedente.Should().BeNull();
        stato[0].ValoreNuovo.Should().Be("Primo testo.");
        stato[0].Utente.Should().Be("di.girolamo.gabriella");
        stato[1].ValorePrecedente.Should().Be("Primo testo.");
        stato[1].ValoreNuovo.Should().Be("Secondo testo, più lungo.", "accents are kept exactly");
        stato[1].Utente.Should().Be("segreteria");
        stato.Should().AllSatisfy(a =>
        {
            a.Entita.Should().Be(nameof(RilevazioneObiettivo));
            a.EntitaId.Should().Be(item.RilevazioneObiettivoId);
            a.ObiettivoOperativoId.Should().Be(item.ObiettivoId);
            a.RilevazioneId.Should().Be(item.RilevazioneId);
            a.AtUtc.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
            a.Nota.Should().BeNull();
        });
        rows.Should().ContainSingle(a => a.Campo == nameof(RilevazioneObiettivo.AzioniCorrettive) && a.ValoreNuovo == "Nessuna.");
        rows.Should().NotContain(a => a.Campo == "Version" || a.Campo == "UpdatedAtUtc" || a.Campo == "UpdatedBy");
    }

    [Fact]
    public async Task The_first_change_of_an_obiettivo_records_the_state_leaving_da_compilare()
    {
        await ChangeAsync("C08", async (db, item, _) =>
        {
            item.Update("Avviato.", null);
            await db.SaveChangesAsync();
        });

        var rows = await AuditOfAsync("C08");
        rows.Should().ContainSingle(a => a.Campo == nameof(RilevazioneObiettivo.Stato)).Which
            .Should().Match<AuditEntry>(a => a.ValorePrecedente == "DaCompilare" && a.ValoreNuovo == "Bozza");
        rows.Should().OnlyContain(a => a.Utente == "sistema", "a save without an HTTP request is the system's");
    }

    [Fact]
    public async Task A_value_records_the_round_consuntivo_and_its_note_on_the_valore_row_with_its_real_id()
    {
        string indicatoreNome = "";
        await ChangeAsync("C09", async (db, item, _) =>
        {
            var indicatore = item.Obiettivo.Indicatori.OrderBy(i => i.Ordine).First();
            indicatoreNome = indicatore.Nome;
            item.SetValore(indicatore, 1234.56m, "Dato provvisorio.");
            await db.SaveChangesAsync();
        });
        await ChangeAsync("C09", async (db, item, _) =>
        {
            item.SetValore(item.Obiettivo.Indicatori.OrderBy(i => i.Ordine).First(), 1300m, "Dato definitivo.");
            await db.SaveChangesAsync();
        });

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var valore = await db.ValoriRilevazioni.AsNoTracking()
            .SingleAsync(v => v.Indicatore.Nome == indicatoreNome && v.RilevazioneObiettivo.Obiettivo.Codice == "C09");
        var rows = await AuditOfAsync("C09");
        var consuntivi = rows.Where(a => a.Entita == nameof(ValoreRilevazione) && a.Campo == nameof(ValoreRilevazione.Consuntivo)).ToList();
        consuntivi.Select(a => (a.ValorePrecedente, a.ValoreNuovo)).Should().Equal((null, "1234.56"), ("1234.56", "1300"));
        consuntivi.Should().OnlyContain(a => a.EntitaId == valore.Id,
            "the added row gets its database id too, so the history can name the indicator of the first value");
        rows.Where(a => a.Entita == nameof(ValoreRilevazione) && a.Campo == nameof(ValoreRilevazione.Nota))
            .Select(a => (a.ValorePrecedente, a.ValoreNuovo))
            .Should().Equal((null, "Dato provvisorio."), ("Dato provvisorio.", "Dato definitivo."));
        rows.Should().NotContain(a => a.Entita == nameof(ValoreRilevazione)
            && (a.Campo == nameof(ValoreRilevazione.ObiettivoOperativoId) || a.Campo == nameof(ValoreRilevazione.RilevazioneId)),
            "the ties of the row are the audit entry's own columns, not changes");
        rows.Should().NotContain(a => a.Entita == nameof(IndicatoreValore),
            "the yearly value is a copy of the round's consuntivo, recorded on the ValoreRilevazione row");
        rows.Should().OnlyContain(a => a.RilevazioneId == null || a.RilevazioneId == valore.RilevazioneId);
    }

    [Fact]
    public async Task A_synchronous_save_gives_added_rows_their_real_id_too()
    {
        await ChangeAsync("C15", (db, item, _) =>
        {
            item.SetValore(item.Obiettivo.Indicatori.First(), 7m, null);
            db.SaveChanges();
            return Task.CompletedTask;
        });

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var valore = await db.ValoriRilevazioni.AsNoTracking().SingleAsync(v => v.RilevazioneObiettivo.Obiettivo.Codice == "C15");
        (await AuditOfAsync("C15")).Should().ContainSingle(a => a.Entita == nameof(ValoreRilevazione)).Which
            .Should().Match<AuditEntry>(a => a.EntitaId == valore.Id && a.ValoreNuovo == "7");
    }

    [Fact]
    public async Task Sending_and_validating_record_each_state_change()
    {
        await ChangeAsync("C10", async (db, item, _) =>
        {
            item.Update("Concluso.", null);
            item.Invia(DateTime.UtcNow, "di.girolamo.gabriella");
            await db.SaveChangesAsync();
        });
        await ChangeAsync("C10", async (db, item, _) =>
        {
            item.Valida(DateTime.UtcNow, "segreteria");
            await db.SaveChangesAsync();
        }, user: "segreteria");

        var stati = (await AuditOfAsync("C10")).Where(a => a.Campo == nameof(RilevazioneObiettivo.Stato))
            .Select(a => (a.ValorePrecedente, a.ValoreNuovo, a.Utente));
        stati.Should().Equal(("DaCompilare", "Inviato", "sistema"), ("Inviato", "Validato", "segreteria"));
        (await AuditOfAsync("C10")).Should().Contain(a => a.Campo == nameof(RilevazioneObiettivo.ValidatoDa) && a.ValoreNuovo == "segreteria");
    }

    [Fact]
    public async Task The_reason_of_an_action_lands_in_nota_for_that_save_only()
    {
        await ChangeAsync("C11", async (db, item, _) =>
        {
            item.Update("Fatto.", null);
            item.Invia(DateTime.UtcNow, "x");
            await db.SaveChangesAsync();
        });
        await ChangeAsync("C11", async (db, item, services) =>
        {
            var audit = services.GetRequiredService<AuditContext>();
            audit.Nota = "Manca il dato del secondo semestre.";
            item.Restituisci("Manca il dato del secondo semestre.");
            await db.SaveChangesAsync();
            audit.Nota.Should().BeNull("the reason belongs to one save");

            item.Update("Fatto, con il dato del secondo semestre.", null);
            await db.SaveChangesAsync();
        }, user: "segreteria");

        var rows = await AuditOfAsync("C11");
        rows.Single(a => a.Campo == nameof(RilevazioneObiettivo.Stato) && a.ValoreNuovo == "Restituito")
            .Nota.Should().Be("Manca il dato del secondo semestre.");
        rows.Single(a => a.Campo == nameof(RilevazioneObiettivo.NotaRestituzione))
            .Nota.Should().Be("Manca il dato del secondo semestre.");
        rows.Single(a => a.Campo == nameof(RilevazioneObiettivo.StatoAttuazione) && a.ValorePrecedente == "Fatto.")
            .Nota.Should().BeNull();
    }

    [Fact]
    public async Task A_refused_stale_save_records_nothing_and_a_retry_records_once()
    {
        await ChangeAsync("C14", async (db, item, _) =>
        {
            var version = item.Version;
            item.Update("Versione di chi arriva tardi.", null);
            db.Entry(item).Property(r => r.Version).OriginalValue = Guid.NewGuid(); // someone else saved in between
            var stale = () => db.SaveChangesAsync();
            await stale.Should().ThrowAsync<DbUpdateConcurrencyException>();

            db.Entry(item).Property(r => r.Version).OriginalValue = version;
            await db.SaveChangesAsync();
        });

        var rows = await AuditOfAsync("C14");
        rows.Where(a => a.Campo == nameof(RilevazioneObiettivo.StatoAttuazione)).Should().ContainSingle();
        rows.Where(a => a.Campo == nameof(RilevazioneObiettivo.Stato)).Should().ContainSingle();
    }

    [Fact]
    public async Task Saving_without_changes_records_nothing()
    {
        await ChangeAsync("C13", async (db, item, _) =>
        {
            item.Update("Uguale.", null);
            await db.SaveChangesAsync();
        });
        var before = (await AuditOfAsync("C13")).Count;
        await ChangeAsync("C13", async (db, item, _) =>
        {
            item.Update("Uguale.", null); // same text: only the version changes
            await db.SaveChangesAsync();
        });
        (await AuditOfAsync("C13")).Should().HaveCount(before);
    }

    private async Task ChangeAsync(string codice, Func<AppDbContext, RilevazioneObiettivo, IServiceProvider, Task> change, string? user = null)
    {
        using var scope = app.Services.CreateScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        if (user is not null)
            accessor.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], "Test")),
            };
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var item = await db.RilevazioniObiettivi
                .Include(r => r.Rilevazione)
                .Include(r => r.Valori)
                .Include(r => r.Obiettivo).ThenInclude(o => o.Indicatori).ThenInclude(i => i.Valori)
                .SingleAsync(r => r.Rilevazione.Data == Annuale && r.Obiettivo.Codice == codice);
            await change(db, item, scope.ServiceProvider);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private async Task<List<AuditEntry>> AuditOfAsync(string codice)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.ObiettiviOperativi.Where(o => o.Codice == codice).Select(o => o.Id).SingleAsync();
        return await db.Audit.AsNoTracking().Where(a => a.ObiettivoOperativoId == id).OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<(int ObiettivoId, int RilevazioneId, int RilevazioneObiettivoId)> IdsOfAsync(string codice)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.RilevazioniObiettivi.Where(r => r.Rilevazione.Data == Annuale && r.Obiettivo.Codice == codice)
            .Select(r => new { r.ObiettivoOperativoId, r.RilevazioneId, r.Id }).SingleAsync();
        return (row.ObiettivoOperativoId, row.RilevazioneId, row.Id);
    }
}

/// <summary>A fresh demo database, with nobody's change in it yet.</summary>
public sealed class AuditSeedingTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    [Fact]
    public async Task Loading_the_demo_records_no_audit_rows()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Audit.CountAsync()).Should().Be(0, "seeding a published dataset and the demo round is not a person's change");
        (await db.RilevazioniObiettivi.CountAsync()).Should().BeGreaterThan(200, "the seeding did happen");
    }
}
