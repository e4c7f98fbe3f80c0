using Cremona.Dup.Web.Infrastructure.Impostazioni;
using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Features.Promemoria;

/// <summary>The Amministratore's reminder schedule (database) over the configuration's (<c>Promemoria</c> section).</summary>
public sealed class PromemoriaOptionsOverrides(ImpostazioniCorrenti correnti) : IPostConfigureOptions<PromemoriaOptions>
{
    public void PostConfigure(string? name, PromemoriaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Applica(correnti.Corrente, options);
    }

    public static void Applica(ImpostazioniSnapshot s, PromemoriaOptions options)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(options);
        if (s.GiorniPrima is { } prima) options.GiorniPrima = [.. prima];
        if (s.GiorniDopo is { } dopo) options.GiorniDopo = [.. dopo];
    }
}
