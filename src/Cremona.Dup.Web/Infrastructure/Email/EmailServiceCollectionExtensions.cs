using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Infrastructure.Impostazioni;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// The <c>Email</c> settings (validated at start), the transport they choose, the outbox signal and the outbox
    /// sender, run in the background unless <c>Email:InvioAbilitato</c> is false.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        CheckConvertible(configuration);
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        var pickupFolder = Path.Combine(DataFolder.Resolve(configuration, environment), "mail");
        // The Amministratore's settings (database) override the configuration's: see Infrastructure/Impostazioni.
        services.AddSingleton<ImpostazioniCorrenti>();
        services.AddSingleton<IOptionsChangeTokenSource<EmailOptions>>(sp => sp.GetRequiredService<ImpostazioniCorrenti>());
        services.AddSingleton<IPostConfigureOptions<EmailOptions>, EmailOptionsOverrides>();
        services.AddScoped<ImpostazioniLoader>();
        services.AddSingleton(sp => new PickupEmailTransport(pickupFolder, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SmtpEmailTransport>();
        services.AddSingleton<EmailTransportPerModalita>();
        services.AddSingleton<IEmailTransport>(sp => sp.GetRequiredService<EmailTransportPerModalita>());
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<EmailOutboxSignal>();
        services.AddSingleton<IEmailOutboxSignal>(sp => sp.GetRequiredService<EmailOutboxSignal>());
        services.AddSingleton<EmailOutboxSender>();
        if (configuration.GetValue($"{EmailOptions.Section}:{nameof(EmailOptions.InvioAbilitato)}", true))
            services.AddHostedService(sp => sp.GetRequiredService<EmailOutboxSender>());
        return services;
    }

    /// <summary>
    /// Values the binder cannot convert (a word where a number or one of the listed choices goes) would stop the app
    /// with the binder's English message: they are reported first, in Italian, with the environment variable to fix.
    /// </summary>
    private static void CheckConvertible(IConfiguration configuration)
    {
        var errors = new List<string>();
        Check<ModalitaEmail>("Modalita", "Pickup oppure Smtp");
        Check<SicurezzaSmtp>("Smtp:Sicurezza", string.Join(", ", Enum.GetNames<SicurezzaSmtp>()));
        Check<int>("Smtp:Port", "un numero di porta (per esempio 587)");
        Check<int>("IntervalloSecondi", "un numero intero di secondi");
        Check<bool>("InvioAbilitato", "true oppure false");
        if (errors.Count > 0) throw new InvalidOperationException(string.Join(" ", errors));

        void Check<T>(string key, string expected)
        {
            var path = $"{EmailOptions.Section}:{key}";
            if (ConfigurationCheck.Problem(typeof(T), path, configuration[path], expected) is { } problem) errors.Add(problem);
        }
    }
}
