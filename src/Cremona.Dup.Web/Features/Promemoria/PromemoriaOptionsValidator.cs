using Microsoft.Extensions.Options;

namespace Cremona.Dup.Web.Features.Promemoria;

/// <summary>Checks the <c>Promemoria</c> settings at start-up, with Italian messages.</summary>
public sealed class PromemoriaOptionsValidator : IValidateOptions<PromemoriaOptions>
{
    public ValidateOptionsResult Validate(string? name, PromemoriaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.IntervalloMinuti is < 1 or > 1440)
            errors.Add("Promemoria:IntervalloMinuti deve essere compreso tra 1 e 1440.");
        if (options.RegolePrima.Any(g => g is < 0 or > 365))
            errors.Add("Promemoria:GiorniPrima deve contenere numeri di giorni tra 0 e 365.");
        if (options.RegoleDopo.Any(g => g is < 1 or > 365))
            errors.Add("Promemoria:GiorniDopo deve contenere numeri di giorni tra 1 e 365.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
