using System.Net;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.IntegrationTests.Piano;

/// <summary>The year roll-over: the plan 2020 from the plan 2019, history intact, rounds of 2020 possible.</summary>
public sealed class PianoNuovoAnnoTests(DupAppFactory app) : IClassFixture<DupAppFactory>
{
    /// <summary>Everything 2019 recorded: consuntivi, round values and texts, definizioni, rounds.</summary>
    private Task<string> StoriaAsync() => app.InDbAsync(async db =>
    {
        var valori = await db.IndicatoriValori.AsNoTracking().OrderBy(v => v.Id)
            .Select(v => v.IndicatoreId + ":" + v.Anno + ":" + v.Target + ":" + v.Consuntivo).ToListAsync();
        var rilevazioni = await db.RilevazioniObiettivi.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => r.RilevazioneId + ":" + r.ObiettivoOperativoId + ":" + r.Stato + ":" + r.StatoAttuazione + ":" + r.AzioniCorrettive)
            .ToListAsync();
        var valoriRilevazione = await db.ValoriRilevazioni.AsNoTracking().OrderBy(v => v.Id)
            .Select(v => v.Id + ":" + v.IndicatoreId + ":" + v.Consuntivo + ":" + v.Nota).ToListAsync();
        var definizioni = await db.Definizioni.AsNoTracking().OrderBy(d => d.Id).Select(d => d.ObiettivoOperativoId + ":" + d.Anno + ":" + d.Testo).ToListAsync();
        var rounds = await db.Rilevazioni.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Data + ":" + r.Titolo + ":" + r.Stato).ToListAsync();
        var testi = await db.ObiettiviOperativi.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => o.Codice + ":" + o.Nome + ":" + o.DescrizioneSintetica + ":" + o.ResponsabileGestionaleId).ToListAsync();
        valori.Should().NotBeEmpty();
        rilevazioni.Should().NotBeEmpty();
        return string.Join('\n', valori.Concat(rilevazioni).Concat(valoriRilevazione).Concat(definizioni).Concat(rounds).Concat(testi));
    });

    [Fact]
    public async Task Roll_over_keeps_history_intact_extends_the_indicators_and_rounds_of_the_new_year_include_only_the_plan()
    {
        using var client = await app.LoginAsync(TestUsers.Segreteria);
        // A retired obiettivo is not carried over.
        (await client.ConfermaAsync("/piano/obiettivi/C07/ritira")).Dispose();
        var c07 = await app.InDbAsync(db => db.Indicatori.AsNoTracking().Where(i => i.Obiettivo.Codice == "C07").ToListAsync());
        var before = await StoriaAsync();
        var sample = await app.InDbAsync(db => db.Indicatori.AsNoTracking().Include(i => i.Valori)
            .SingleAsync(i => i.Obiettivo.Codice == "C06" && i.Ordine == 1));
        var inPiano = await app.InDbAsync(db => db.ObiettiviOperativi.CountAsync(o => !o.Ritirato && !o.Programma.Ritirato));
        inPiano.Should().Be(117);

        var preview = await client.GetDocumentAsync("/piano/nuovo-anno");
        preview.QuerySelector("h1")!.TextContent.Should().Be("Crea il piano 2020");
        preview.QuerySelector("#riportati")!.TextContent.Should().Contain("117 obiettivi operativi");
        preview.QuerySelector("#non-riportati")!.TextContent.Should().Contain("1 obiettivi operativi ritirati");

        using var response = await client.SubmitAsync(preview.QuerySelector<IHtmlFormElement>("form#nuovo-anno")!, []);
        var after = await client.FollowAsync(response);
        after.QuerySelector(".alert-success")!.TextContent.Should().Contain("Piano 2020 creato");
        after.QuerySelector("h1")!.TextContent.Should().Be("Piano 2020");

        (await app.InDbAsync(db => db.Piano.AsNoTracking().SingleAsync())).AnnoCorrente.Should().Be(2020);
        (await StoriaAsync()).Should().Be(before, "values, texts and rounds of 2019 are untouched");
        var indicatori = await app.InDbAsync(db => db.Indicatori.AsNoTracking()
            .Where(i => !i.Ritirato && !i.Obiettivo.Ritirato).Select(i => new { i.PrimoAnno, i.UltimoAnno }).ToListAsync());
        indicatori.Should().OnlyContain(i => i.UltimoAnno >= 2020);
        var c07After = await app.InDbAsync(db => db.Indicatori.AsNoTracking().Where(i => i.Obiettivo.Codice == "C07").ToListAsync());
        c07After.Select(i => i.UltimoAnno).Should().Equal(c07.Select(i => i.UltimoAnno), "retired ones are not carried over");
        var sampleAfter = await app.InDbAsync(db => db.Indicatori.AsNoTracking().Include(i => i.Valori)
            .SingleAsync(i => i.Obiettivo.Codice == "C06" && i.Ordine == 1));
        sampleAfter.PrimoAnno.Should().Be(sample.PrimoAnno);
        sampleAfter.Valori.Select(v => (v.Anno, v.Consuntivo)).Should().Equal(sample.Valori.Select(v => (v.Anno, v.Consuntivo)));

        // The Definizione of 2020 is left to fill; 2019's stays, shown apart.
        var obiettivo = await client.GetDocumentAsync("/piano/obiettivi/C06");
        obiettivo.QuerySelector("label[for='Definizione']")!.TextContent.Should().Contain("DUP 2020");
        obiettivo.QuerySelector<IHtmlTextAreaElement>("#Definizione")!.Value.Should().BeEmpty();
        obiettivo.QuerySelector("details")!.TextContent.Should().Contain("Definizione 2019");

        // Twice for the same year: refused, nothing changes.
        using var again = await client.SubmitAsync(preview.QuerySelector<IHtmlFormElement>("form#nuovo-anno")!, []);
        (await client.FollowAsync(again)).QuerySelector(".alert-danger")!.TextContent.Should().Contain("Il piano 2020 esiste già");
        (await app.InDbAsync(db => db.Piano.AsNoTracking().SingleAsync())).AnnoCorrente.Should().Be(2020);

        // A round of 2020 can be created and opened: it includes the plan's obiettivi, not the retired one.
        var nuova = await client.GetDocumentAsync("/rilevazioni/nuova");
        using (var created = await client.SubmitAsync(nuova.QuerySelector<IHtmlFormElement>("#nuova-rilevazione")!,
            new() { ["Data"] = "2020-06-30", ["Titolo"] = "Infrannuale 2020" }))
            created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var dashboard = await client.GetDocumentAsync("/rilevazioni/2020-06-30");
        using (var opened = await client.SubmitAsync(dashboard.QuerySelector<IHtmlFormElement>("form#apri")!, []))
            (await client.FollowAsync(opened)).QuerySelector(".alert-success")!.TextContent.Should().Contain("aperta con 117 obiettivi operativi");
        var inclusi = await app.InDbAsync(db => db.RilevazioniObiettivi.AsNoTracking()
            .Where(r => r.Rilevazione.Data == new DateOnly(2020, 6, 30)).Select(r => r.Obiettivo.Codice).ToListAsync());
        inclusi.Should().HaveCount(117).And.NotContain("C07");
    }
}
