using Cremona.Dup.Web.Infrastructure.Web;

namespace Cremona.Dup.UnitTests;

public sealed class ProxyAttendibiliTests
{
    [Fact]
    public void Addresses_and_networks_are_read_from_the_setting()
    {
        var networks = ProxyAttendibili.Parse(" 10.0.0.5, 192.168.1.0/24; ::1 ");

        networks.Select(n => n.ToString()).Should().Equal("10.0.0.5/32", "192.168.1.0/24", "::1/128");
        ProxyAttendibili.Parse(null).Should().BeEmpty();
        ProxyAttendibili.Parse("").Should().BeEmpty();
    }

    [Theory]
    [InlineData("proxy.comune.local")]
    [InlineData("10.0.0.300")]
    [InlineData("10.0.0.0/33")]
    public void A_wrong_entry_stops_the_app_with_an_Italian_message(string entry)
    {
        var act = () => ProxyAttendibili.Parse("10.0.0.5, " + entry);

        act.Should().Throw<InvalidOperationException>().WithMessage($"*«{entry}» non è un indirizzo IP né una rete*");
    }
}
