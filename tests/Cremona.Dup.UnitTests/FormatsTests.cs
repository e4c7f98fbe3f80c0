using Cremona.Dup.Web.Infrastructure.Web;

namespace Cremona.Dup.UnitTests;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(5, "mancano 5 giorni")]
    [InlineData(1, "manca 1 giorno")]
    [InlineData(0, "scade oggi")]
    [InlineData(-1, "scaduta da 1 giorno")]
    [InlineData(-9, "scaduta da 9 giorni")]
    public void Deadlines_read_in_Italian(int days, string expected)
    {
        var oggi = new DateOnly(2026, 11, 25);
        Formats.Scadenza(oggi.AddDays(days), oggi).Should().Be(expected);
    }

    [Fact]
    public void Numbers_and_dates_use_the_Italian_format()
    {
        Formats.Numero(1234.5m).Should().Be("1.234,50");
        Formats.Numero(null).Should().BeEmpty("an empty value is never shown as zero");
        Formats.Data(new DateOnly(2019, 6, 30)).Should().Be("30/06/2019");
        Formats.DataEstesa(new DateOnly(2019, 6, 30)).Should().Be("30 giugno 2019");
    }

    [Fact]
    public void Today_is_the_day_in_Rome_not_in_UTC()
    {
        var lateEvening = new FixedTime(new DateTimeOffset(2019, 12, 31, 23, 30, 0, TimeSpan.Zero)); // 00:30 on 1 January in Rome
        Formats.Oggi(lateEvening).Should().Be(new DateOnly(2020, 1, 1));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
