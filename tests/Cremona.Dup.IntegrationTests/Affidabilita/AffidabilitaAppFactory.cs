using Cremona.Dup.IntegrationTests.Infrastructure;
using Cremona.Dup.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cremona.Dup.IntegrationTests.Affidabilita;

/// <summary>The app of <see cref="DupAppFactory"/> that also records the text of every SQL command.</summary>
public sealed class AffidabilitaAppFactory : DupAppFactory
{
    public RegistroComandi Registro { get; } = new();

    public string DatabasePath => Path.Combine(DataFolder, "cremona-dup.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Registro)));
    }
}
