using Cremona.Dup.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cremona.Dup.IntegrationTests;

public sealed class MigrationTests : IDisposable
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"cremona-dup-migrations-{Guid.NewGuid():N}.db");

    [Fact]
    public void Sqlite_migrations_match_the_model_and_build_the_database()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={file}").Options);

        db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs a SQLite migration");
        db.Database.Migrate();
        db.Database.GetPendingMigrations().Should().BeEmpty();
        db.Database.GetAppliedMigrations().Should().NotBeEmpty();
        db.Programmi.Count().Should().Be(0);
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = CreateSqlServer();
        db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs a SQL Server migration too");
        db.Database.GetMigrations().Should().NotBeEmpty();
    }

    [Fact]
    public void SqlServer_idempotent_script_builds_every_table()
    {
        using var db = CreateSqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        script.Should().MatchRegex(@"IF NOT EXISTS \(\s*SELECT \* FROM \[__EFMigrationsHistory\]");
        foreach (var table in new[] { "Missioni", "Programmi", "ObiettiviStrategici", "ObiettiviOperativi", "Indicatori",
                     "IndicatoriValori", "Rilevazioni", "RilevazioniObiettivi", "OrganismiPartecipati", "AspNetUsers" })
            script.Should().Contain($"CREATE TABLE [{table}]");
        script.Should().Contain("decimal(18,4)");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var sqlServer = CreateSqlServer();
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Names(sqlite).Should().Equal(Names(sqlServer));
    }

    private static SqlServerAppDbContext CreateSqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=localhost;Database=CremonaDup;Trusted_Connection=True;TrustServerCertificate=True").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
