using System.Globalization;
using System.Threading.RateLimiting;

namespace Cremona.Dup.Web.Infrastructure.Web;

/// <summary>
/// At most <c>Sicurezza:LoginPerMinuto</c> login attempts (POST /Account/Login) per client IP address in a fixed
/// one-minute window; the next ones get 429 with <c>Retry-After</c> and the Italian error page. Complements the
/// per-account lockout, which a guesser trying many accounts from one address never reaches.
/// </summary>
public static class LoginRateLimiting
{
    public const string Policy = "login";
    public const string SettingKey = "Sicurezza:LoginPerMinuto";
    public const int DefaultPerMinute = 10;

    public static IServiceCollection AddLoginRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        if (ConfigurationCheck.Problem(typeof(int), SettingKey, configuration[SettingKey]) is { } problem)
            throw new InvalidOperationException(problem);
        var perMinute = configuration.GetValue(SettingKey, DefaultPerMinute);
        if (perMinute < 1)
            throw new InvalidOperationException($"{SettingKey} deve essere un numero intero maggiore di zero.");

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "sconosciuto",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            options.OnRejected = (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                // No body: the status-code pages re-execute /errore/429, the Italian page.
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
