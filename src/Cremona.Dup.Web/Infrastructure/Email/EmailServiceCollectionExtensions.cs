using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Infrastructure.Impostazioni;
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
}
