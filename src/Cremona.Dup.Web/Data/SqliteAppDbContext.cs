using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Data;

/// <summary>The embedded default provider; owns the migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
