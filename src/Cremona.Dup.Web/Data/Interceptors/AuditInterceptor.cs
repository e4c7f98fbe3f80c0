using System.Globalization;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cremona.Dup.Web.Data.Interceptors;

/// <summary>
/// Stamps who and when on every <see cref="IAudited"/> row and records every change of an <see cref="IAuditTrail"/>
/// row (field, old and new value) in the same transaction, so no save forgets either.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time, IHttpContextAccessor http, AuditContext audit) : SaveChangesInterceptor
{
    private static readonly HashSet<string> NotAudited = ["Version", "UpdatedAtUtc", "UpdatedBy"];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Record(DbContext? context)
    {
        if (context is null) return;
        var now = time.GetUtcNow().UtcDateTime;
        var user = http.HttpContext?.User.Identity?.Name ?? "sistema";

        foreach (var entry in context.ChangeTracker.Entries<IAudited>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Entity.Touch(now, user);
        }

        if (!audit.Enabled) return;
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries<IAuditTrail>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (NotAudited.Contains(name) || property.Metadata.IsKey() || property.Metadata.IsForeignKey()) continue;
                var before = entry.State == EntityState.Added ? null : Format(property.OriginalValue);
                var after = Format(property.CurrentValue);
                if (entry.State == EntityState.Added && IsDefault(property)) continue;
                if (entry.State == EntityState.Modified && string.Equals(before, after, StringComparison.Ordinal)) continue;
                entries.Add(new AuditEntry(now, user, entry.Metadata.ClrType.Name, KeyOf(entry), entry.Entity.AuditObiettivoId,
                    entry.Entity.AuditRilevazioneId, name, before, after, audit.Nota));
            }
        }
        context.AddRange(entries);
    }

    private static bool IsDefault(PropertyEntry property) =>
        property.CurrentValue is null
        || (property.Metadata.ClrType.IsValueType && property.CurrentValue.Equals(Activator.CreateInstance(property.Metadata.ClrType)));

    private static int KeyOf(EntityEntry entry) =>
        entry.Properties.FirstOrDefault(p => p.Metadata.IsPrimaryKey())?.CurrentValue is int id && id > 0 ? id : 0;

    private static string? Format(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
