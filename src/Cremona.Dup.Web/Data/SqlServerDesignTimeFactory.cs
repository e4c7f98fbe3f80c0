using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cremona.Dup.Web.Data;

// dotnet-ef diffs the model without a live SQL Server (none can run on the build machines).
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=localhost;Database=CremonaDup;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
