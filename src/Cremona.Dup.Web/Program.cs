using System.Globalization;
using Cremona.Dup.Web.Data;
using Cremona.Dup.Web.Data.Seeding;
using Cremona.Dup.Web.Features;
using Cremona.Dup.Web.Features.Account;
using Cremona.Dup.Web.Features.Promemoria;
using Cremona.Dup.Web.Identity;
using Cremona.Dup.Web.Infrastructure.Email;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
    .WriteTo.File(Path.Combine(DataFolder.Resolve(builder.Configuration, builder.Environment), "logs", "cremona-dup-.log"),
        rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, formatProvider: CultureInfo.InvariantCulture));

builder.Services.AddData(builder.Configuration, builder.Environment);
builder.Services.AddAuth(builder.Configuration, builder.Environment);
builder.Services.AddFeatures(builder.Configuration);
builder.Services.AddLoginRateLimiting(builder.Configuration);
builder.Services.AddProxyAttendibili(builder.Configuration);
builder.Services.AddEmail(builder.Configuration, builder.Environment);
builder.Services.AddPromemoria(builder.Configuration);

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
}

// First: the client's address and scheme from a trusted reverse proxy, before logging, limits and cookies see them.
if (ProxyAttendibili.Configured(app.Configuration)) app.UseForwardedHeaders();
app.UseSerilogRequestLogging();
app.UseExceptionHandler("/errore");
if (!app.Environment.IsDevelopment()) app.UseHsts();
app.UseStatusCodePagesWithReExecute("/errore/{0}");
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(Formats.Italian),
    SupportedCultures = [Formats.Italian],
    SupportedUICultures = [Formats.Italian],
});
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<CambioPasswordObbligatorioMiddleware>();
app.UseAuthorization();

app.MapHealthChecks("/health", new HealthCheckOptions
{
    ResultStatusCodes = { [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
}).AllowAnonymous();
app.MapControllers();

await app.RunAsync();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
