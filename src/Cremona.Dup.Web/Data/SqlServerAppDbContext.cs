using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Data;

/// <summary>The production provider; owns the migrations in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
