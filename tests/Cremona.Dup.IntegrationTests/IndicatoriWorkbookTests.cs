using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Infrastructure.Excel;

namespace Cremona.Dup.IntegrationTests;

/// <summary>The workbook writer read back with OpenXml: sheets, numeric cells and formula-like texts kept as text.</summary>
public sealed class IndicatoriWorkbookTests
{
    [Fact]
    public async Task Formula_like_texts_stay_text_and_numbers_stay_numbers()
    {
        var tabella = new TabellaExport("Prova", "Dati",
            [new("Nome", TipoColonna.Testo), new("Valore", TipoColonna.Numero), new("Raggiungimento (%)", TipoColonna.Percentuale), new("Anno", TipoColonna.Intero)],
            [
                ["=1+2", 12.5m, 118m, 2018],
                ["-attenzione", null, 50m, null],
                ["@SUM(A1)", -4m, 80.5m, 2019],
            ],
            [new("Utente", "controllo"), new("Filtro", "=cmd|' /C calc'!A0")]);
        using var stream = new MemoryStream();

        await IndicatoriWorkbook.WriteAsync(stream, tabella, CancellationToken.None);

        var xlsx = XlsxReader.Leggi(stream.ToArray());
        xlsx.Fogli.Should().Equal("Info", "Dati");
        var rows = xlsx.Righe["Dati"];
        rows.Should().HaveCount(4);
        rows[1][0].Should().Be(new XlsxReader.Cella("=1+2", false, false));
        rows[2][0].Testo.Should().Be("-attenzione");
        rows[3][0].Testo.Should().Be("@SUM(A1)");
        rows.SelectMany(r => r).Should().OnlyContain(c => !c.Formula);
        rows[1][1].Should().Be(new XlsxReader.Cella("12.5", true, false));
        rows[1][2].Should().Be(new XlsxReader.Cella("1.18", true, false));
        rows[3][3].Should().Be(new XlsxReader.Cella("2019", true, false));
        rows[2][1].Testo.Should().BeNull("an empty value is an empty cell, never zero");
        rows[2][2].Should().Be(new XlsxReader.Cella("0.5", true, false), "an empty cell does not shift the next ones");
        xlsx.Righe["Info"].Should().Contain(r => r.Count == 2 && r[1].Testo == "=cmd|' /C calc'!A0" && !r[1].Formula);
    }
}
