using Cremona.Dup.Web.Data.Interceptors;
using Cremona.Dup.Web.Data.Seeding;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AppDbContext"/> on the provider named by <c>Database:Provider</c>
    /// (<c>Sqlite</c> by default, a file under the data folder; <c>SqlServer</c> in production).
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Dup");

        services.AddScoped<AuditContext>();
        services.AddScoped<AuditInterceptor>();
        // Collections load in one query unless a query says AsSplitQuery: the plan's collections are small.
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString ??= $"Data Source={Path.Combine(DataFolder.Resolve(configuration, environment), "cremona-dup.db")}";
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, options) => options
                    .UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("Database:Provider=SqlServer richiede ConnectionStrings:Dup.");
                services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, options) => options
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider non supportato: {provider}.");
        }

        ConfigurationCheck.Convertible<DemoOptions>(configuration, DemoOptions.Section);
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.Section));
        services.AddScoped<PlanSeeder>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DatabaseInitializer>();
        // A real query on a real table: "can connect" alone says yes to an empty or corrupted SQLite file.
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", customTestQuery: async (db, ct) =>
        {
            await db.Missioni.AsNoTracking().AnyAsync(ct);
            return true;
        });
        return services;
    }
}
