using Cremona.Dup.IntegrationTests.Infrastructure;

namespace Cremona.Dup.IntegrationTests.Email;

public sealed class SettingsValidationTests
{
    private sealed class SettingsFactory(Dictionary<string, string?> settings) : DupAppFactory
    {
        protected override bool DemoEnabled => false;

        protected override IReadOnlyDictionary<string, string?> Settings => settings;
    }

    public static TheoryData<string, string?, string> WrongSettings() => new()
    {
        { "Email:Modalita", "Smtp", "Con Email:Modalita=Smtp indicare il server SMTP in Email:Smtp:Host (variabile d'ambiente Email__Smtp__Host)." },
        { "Email:BaseUrl", "dup.comune.cremona.it", "Email:BaseUrl deve essere l'indirizzo assoluto http o https dell'applicazione" },
        { "Email:Mittente", "segreteria generale", "Email:Mittente deve essere un indirizzo e-mail valido" },
        { "Email:IntervalloSecondi", "0", "Email:IntervalloSecondi deve essere compreso tra 1 e 86400." },
        { "Promemoria:GiorniPrima:0", "-3", "Promemoria:GiorniPrima deve contenere numeri di giorni tra 0 e 365." },
        { "Promemoria:IntervalloMinuti", "0", "Promemoria:IntervalloMinuti deve essere compreso tra 1 e 1440." },
        // Values the configuration binder cannot convert: an Italian message, not the binder's English one.
        { "Email:Modalita", "Posta", "Email:Modalita vale «Posta», che non è valido: indicare Pickup oppure Smtp (variabile d'ambiente Email__Modalita)." },
        { "Email:Smtp:Port", "cinquecento", "Email:Smtp:Port vale «cinquecento», che non è valido: indicare un numero di porta (per esempio 587) (variabile d'ambiente Email__Smtp__Port)." },
        { "Email:Smtp:Sicurezza", "Tls", "Email:Smtp:Sicurezza vale «Tls», che non è valido: indicare" },
        { "Email:InvioAbilitato", "si", "Email:InvioAbilitato vale «si», che non è valido: indicare true oppure false" },
        { "Pdf:TimeoutSeconds", "due minuti", "Pdf:TimeoutSeconds vale «due minuti», che non è valido: indicare un numero intero (variabile d'ambiente Pdf__TimeoutSeconds)." },
        { "Pdf:MaxConcurrentRenders", "2.5", "Pdf:MaxConcurrentRenders vale «2.5», che non è valido: indicare un numero intero" },
        { "Report:CacheEnabled", "sì", "Report:CacheEnabled vale «sì», che non è valido: indicare true oppure false (variabile d'ambiente Report__CacheEnabled)." },
        { "Report:PartSize", "ottanta pagine", "Report:PartSize vale «ottanta pagine», che non è valido: indicare un numero intero" },
        { "Promemoria:IntervalloMinuti", "un'ora", "Promemoria:IntervalloMinuti vale «un'ora», che non è valido: indicare un numero intero" },
        { "Promemoria:GiorniDopo:0", "tre", "Promemoria:GiorniDopo:0 vale «tre», che non è valido: indicare un numero intero (variabile d'ambiente Promemoria__GiorniDopo__0)." },
        { "Sicurezza:LoginPerMinuto", "dieci", "Sicurezza:LoginPerMinuto vale «dieci», che non è valido: indicare un numero intero (variabile d'ambiente Sicurezza__LoginPerMinuto)." },
        { "Demo:Enabled", "si", "Demo:Enabled vale «si», che non è valido: indicare true oppure false" },
        // Numbers out of their range.
        { "Pdf:TimeoutSeconds", "0", "Pdf:TimeoutSeconds deve essere compreso tra 5 e 3600." },
        { "Pdf:PartsInParallel", "0", "Pdf:PartsInParallel deve essere compreso tra 1 e 16." },
        { "Pdf:ChromiumPath", " ", "Pdf:ChromiumPath deve indicare l'eseguibile di Chromium." },
        { "Report:PartSize", "0", "Report:PartSize deve essere un numero intero maggiore di zero." },
        { "Report:CacheMegabytes", "-1", "Report:CacheMegabytes deve essere compreso tra 0 e 65536." },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public void A_wrong_setting_stops_the_start_with_an_Italian_message(string key, string? value, string message)
    {
        using var factory = new SettingsFactory(new() { [key] = value });

        var start = () => factory.Services;

        start.Should().Throw<Exception>().Which.ToString().Should().Contain(message);
    }

    [Fact]
    public void Smtp_with_a_host_starts()
    {
        using var factory = new SettingsFactory(new()
        {
            ["Email:Modalita"] = "Smtp",
            ["Email:Smtp:Host"] = "smtp.comune.cremona.example",
            ["Email:Smtp:Utente"] = "dup",
            ["Email:Smtp:Password"] = "segreta",
        });

        var start = () => factory.Services;

        start.Should().NotThrow();
    }
}
