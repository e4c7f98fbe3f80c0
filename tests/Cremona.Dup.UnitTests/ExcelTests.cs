using Cremona.Dup.Web.Infrastructure.Excel;

namespace Cremona.Dup.UnitTests;

public sealed class ExcelTests
{
    [Theory]
    [InlineData("=SOMMA(A1:A9)")]
    [InlineData("+39 0372 1")]
    [InlineData("-1")]
    [InlineData("@cmd")]
    [InlineData("\tscheda")]
    [InlineData("\rritorno")]
    public void Texts_that_a_spreadsheet_could_read_as_formulas_are_risky(string text) => FormulaGuard.NeedsText(text).Should().BeTrue();

    [Theory]
    [InlineData("Stato di attuazione regolare")]
    [InlineData("1 = uno")]
    [InlineData(" =spazio prima")]
    [InlineData("")]
    [InlineData(null)]
    public void Ordinary_texts_are_not_risky(string? text) => FormulaGuard.NeedsText(text).Should().BeFalse();

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(53, "BA")]
    public void Columns_are_named_as_in_a_spreadsheet(int number, string name) => XlsxWriter.ColumnName(number).Should().Be(name);

    [Fact]
    public void Widths_fit_the_longest_line_within_bounds()
    {
        var sheet = new ExcelSheet("Prova", [new("Codice"), new("Testo"), new("Valore", ExcelColumnKind.Number)],
        [
            ["C06", new string('x', 500), 1234567.5m],
            ["C0135", "breve\nseconda riga più lunga", null],
        ]);
        XlsxWriter.Widths(sheet).Should().Equal(8, 60, 14);
    }
}
