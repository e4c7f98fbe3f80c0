using Cremona.Dup.Web.Infrastructure.Text;

namespace Cremona.Dup.UnitTests;

public sealed class NumeroItalianoTests
{
    [Theory]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1234,56", "1234.56")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("-3,5", "-3.5")]
    [InlineData(" 50 ", "50")]
    [InlineData("80%", "80")]
    [InlineData("0", "0")]
    public void Italian_numbers_are_read(string text, string expected)
    {
        NumeroItaliano.TryParse(text, out var value, out var error).Should().BeTrue();
        error.Should().BeNull();
        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_means_not_measured_never_zero(string? text)
    {
        NumeroItaliano.TryParse(text, out var value, out _).Should().BeTrue();
        value.Should().BeNull();
    }

    [Theory]
    [InlineData("1.5", "usare la virgola")]
    [InlineData("dodici", "non è un numero")]
    [InlineData("1,2,3", "non è un numero")]
    [InlineData("12.34,5", "non è un numero")]
    [InlineData("=1+1", "non è un numero")]
    [InlineData("99999999999999999999", "fuori dai limiti")]
    public void Anything_else_is_refused_with_an_Italian_message(string text, string message)
    {
        NumeroItaliano.TryParse(text, out var value, out var error).Should().BeFalse();
        value.Should().BeNull();
        error.Should().Contain(message);
    }

    [Fact]
    public void Values_are_written_back_in_Italian_format() => NumeroItaliano.Format(1234.56m).Should().Be("1.234,56");
}
