using System.Security.Claims;
using Cremona.Dup.Web.Features.Impostazioni;
using Cremona.Dup.Web.Features.Indicatori;
using Cremona.Dup.Web.Features.Promemoria;
using Cremona.Dup.Web.Features.Utenti;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Email;
using Cremona.Dup.Web.Infrastructure.Impostazioni;

namespace Cremona.Dup.UnitTests;

/// <summary>The pure rules of the administration: temporary passwords, the last administrator, logos, lists of days, names.</summary>
public sealed class AmministrazioneTests
{
    [Fact]
    public void Temporary_passwords_meet_the_password_rules_avoid_look_alikes_and_differ()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => PasswordTemporanea.Genera()).ToList();
        passwords.Should().OnlyHaveUniqueItems();
        passwords.Should().AllSatisfy(p =>
        {
            p.Should().HaveLength(14);
            (p.Any(char.IsUpper) && p.Any(char.IsLower) && p.Any(char.IsDigit)).Should().BeTrue(p);
            p.Should().NotContainAny("0", "O", "1", "l", "I");
        });
    }

    [Theory]
    [InlineData(true, false, 0, true)]
    [InlineData(true, false, 1, false)]
    [InlineData(true, true, 0, false)]
    [InlineData(false, false, 0, false)]
    [InlineData(false, true, 0, false)]
    public void The_last_active_administrator_rule(bool era, bool sara, int altri, bool violata) =>
        UltimoAmministratore.Violata(era, sara, altri).Should().Be(violata);

    [Fact]
    public void A_logo_is_recognised_by_its_bytes_not_by_its_name()
    {
        LogoEnte.Tipo([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], out var e1).Should().Be("image/png");
        e1.Should().BeNull();
        LogoEnte.Tipo([0xFF, 0xD8, 0xFF, 0xE0, 0, 0], out _).Should().Be("image/jpeg");
        LogoEnte.Tipo("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8, out var e2).Should().BeNull();
        e2.Should().Be(LogoEnte.MessaggioTipo);
        LogoEnte.Tipo("GIF89a"u8, out var e3).Should().BeNull();
        e3.Should().Be(LogoEnte.MessaggioTipo);
        LogoEnte.Tipo([], out var e4).Should().BeNull();
        e4.Should().Be(LogoEnte.MessaggioVuoto);
        var big = new byte[Cremona.Dup.Web.Domain.ImpostazioniApplicazione.MaxLogoBytes + 1];
        big[0] = 0x89;
        LogoEnte.Tipo(big, out var e5).Should().BeNull();
        e5.Should().Be(LogoEnte.MessaggioDimensione);
    }

    [Theory]
    [InlineData("7, 2", new[] { 7, 2 })]
    [InlineData("7 2", new[] { 7, 2 })]
    [InlineData("10;3", new[] { 10, 3 })]
    [InlineData("0", new[] { 0 })]
    public void Lists_of_days_are_read_as_typed(string testo, int[] attesi)
    {
        GiorniTesto.TryParse(testo, out var giorni).Should().BeTrue();
        giorni.Should().Equal(attesi);
        GiorniTesto.Format(giorni).Should().Be(string.Join(", ", attesi));
    }

    [Theory]
    [InlineData("sette")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("1,2,3,4,5,6,7,8,9,10,11")]
    public void Lists_of_days_refuse_anything_else(string testo) => GiorniTesto.TryParse(testo, out _).Should().BeFalse();

    [Fact]
    public void An_empty_list_of_days_means_the_configuration()
    {
        GiorniTesto.TryParse("  ", out var giorni).Should().BeTrue();
        giorni.Should().BeNull();
    }

    [Theory]
    [InlineData("di.girolamo.gabriella", true)]
    [InlineData("admin", true)]
    [InlineData("rossi_m-2", true)]
    [InlineData("Rossi.Maria", false)]
    [InlineData("niccolò", false)]
    [InlineData(".rossi", false)]
    [InlineData("a", false)]
    [InlineData("rossi maria", false)]
    public void User_names_are_lower_case_without_accents(string nome, bool valido) => NomeUtente.Valido(nome).Should().Be(valido);

    [Fact]
    public void Database_overrides_win_over_the_configuration_and_empty_ones_leave_it()
    {
        var options = new EmailOptions { Mittente = "config@example.it", Smtp = new SmtpOptions { Host = "config", Port = 25 } };
        EmailOptionsOverrides.Applica(ImpostazioniSnapshot.Predefinite with { SmtpPort = 465, EmailModalita = "Smtp" }, options);
        options.Modalita.Should().Be(ModalitaEmail.Smtp);
        options.Smtp.Port.Should().Be(465);
        options.Smtp.Host.Should().Be("config");
        options.Mittente.Should().Be("config@example.it");

        var promemoria = new PromemoriaOptions();
        PromemoriaOptionsOverrides.Applica(ImpostazioniSnapshot.Predefinite with { GiorniDopo = [3] }, promemoria);
        promemoria.RegoleDopo.Should().Equal(3);
        promemoria.RegolePrima.Should().Equal(PromemoriaOptions.DefaultGiorniPrima);
    }

    [Fact]
    public void A_referente_follows_the_responsabili_of_their_claims()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Role, Roles.Responsabile),
            new Claim(AppClaims.ResponsabileId, "4"),
            new Claim(AppClaims.ReferenteDi, "7"),
            new Claim(AppClaims.ReferenteDi, "9"),
        ], "test"));
        user.ReferenteDi().Should().Equal(7, 9);
        user.IsReferenteDi(7).Should().BeTrue();
        user.IsReferenteDi(4).Should().BeFalse("their own obiettivi they follow as responsabile");
        user.ResponsabiliSeguiti().Should().Equal(4, 7, 9);
        AmbitoIndicatori.ResponsabiliDi(user).Should().Equal(4, 7, 9);

        var collaboratore = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AppClaims.ReferenteDi, "7")], "test"));
        collaboratore.ResponsabiliSeguiti().Should().Equal(7);
        AmbitoIndicatori.ResponsabiliDi(collaboratore).Should().Equal(7);
        AmbitoIndicatori.ResponsabiliDi(new ClaimsPrincipal(new ClaimsIdentity([], "test"))).Should().BeEmpty();
    }
}
