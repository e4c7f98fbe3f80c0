using System.Text;
using Cremona.Dup.Web.Infrastructure.Excel;

namespace Cremona.Dup.UnitTests;

public sealed class ExportTests
{
    [Theory]
    [InlineData("=SUM(A1:A2)", true)]
    [InlineData("+39 0372", true)]
    [InlineData("-1", true)]
    [InlineData("@cmd", true)]
    [InlineData("\tx", true)]
    [InlineData("\rx", true)]
    [InlineData("Grado di copertura", false)]
    [InlineData("a=b", false)]
    [InlineData("", false)]
    public void Texts_that_a_spreadsheet_could_run_need_text(string text, bool needsText)
    {
        FormulaGuard.NeedsText(text).Should().Be(needsText);
        FormulaGuard.Safe(text).Should().Be(needsText ? "'" + text : text);
    }

    [Fact]
    public void Safe_keeps_null() => FormulaGuard.Safe(null).Should().BeNull();

    [Fact]
    public async Task Csv_has_bom_semicolons_decimal_commas_quotes_and_guards_formulas()
    {
        var tabella = new TabellaExport("Titolo", "Foglio",
            [new("Nome", TipoColonna.Testo), new("Anno", TipoColonna.Intero), new("Valore", TipoColonna.Numero), new("Nota", TipoColonna.Testo)],
            [
                ["=HYPERLINK(\"http://x\")", 2018, 1234.5m, "dice \"sì\"; poi"],
                ["Città", null, -3m, null],
            ],
            []);
        using var stream = new MemoryStream();

        await CsvItaliano.WriteAsync(stream, tabella, CancellationToken.None);

        var bytes = stream.ToArray();
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Should().Be(
            "\"Nome\";\"Anno\";\"Valore\";\"Nota\"\r\n" +
            "\"'=HYPERLINK(\"\"http://x\"\")\";2018;1234,5;\"dice \"\"sì\"\"; poi\"\r\n" +
            "\"Città\";;-3;\r\n");
    }
}
