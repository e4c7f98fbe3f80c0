using Cremona.Dup.Web.Infrastructure.Impostazioni;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Features.Promemoria;

public static class PromemoriaServiceCollectionExtensions
{
    /// <summary>The <c>Promemoria</c> settings (validated at start), the runner and, unless disabled, its background service.</summary>
    public static IServiceCollection AddPromemoria(this IServiceCollection services, IConfiguration configuration)
    {
        ConfigurationCheck.Convertible<PromemoriaOptions>(configuration, PromemoriaOptions.Section);
        services.AddOptions<PromemoriaOptions>().Bind(configuration.GetSection(PromemoriaOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PromemoriaOptions>, PromemoriaOptionsValidator>();
        services.AddSingleton<IOptionsChangeTokenSource<PromemoriaOptions>>(sp => sp.GetRequiredService<ImpostazioniCorrenti>());
        services.AddSingleton<IPostConfigureOptions<PromemoriaOptions>, PromemoriaOptionsOverrides>();
        services.AddScoped<PromemoriaRunner>();
        if (configuration.GetValue($"{PromemoriaOptions.Section}:{nameof(PromemoriaOptions.Abilitato)}", true))
            services.AddHostedService<PromemoriaService>();
        return services;
    }
}
