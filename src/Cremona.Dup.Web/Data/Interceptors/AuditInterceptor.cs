using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cremona.Dup.Web.Data.Interceptors;

/// <summary>
/// Stamps who and when on every <see cref="IAudited"/> row and records every change of an <see cref="IAuditTrail"/>
/// row (field, old and new value) in the same transaction, so no save forgets either.
/// </summary>
/// <remarks>
/// <para>Values are stored as invariant strings (<c>1234.56</c>, enum names, ISO dates); display is the pages' job.</para>
/// <para>
/// An added row has no database key while its audit rows are written, so they are saved with <c>EntitaId</c> 0 and
/// given the real key by one UPDATE right after the save succeeds. If that UPDATE fails (it is logged), those audit
/// rows keep <c>EntitaId</c> 0: the change itself is still recorded, with its obiettivo and round.
/// </para>
/// <para>
/// A refused save (stale version, constraint) leaves no pending audit rows behind, so a retry on the same context
/// records each change once. <see cref="AuditContext.Nota"/> is the reason of one save and is cleared after it.
/// </para>
/// </remarks>
public sealed class AuditInterceptor(TimeProvider time, IHttpContextAccessor http, AuditContext audit,
    ILogger<AuditInterceptor> logger) : SaveChangesInterceptor
{
    /// <summary>
    /// Not changes worth a line: the concurrency token, the last-change stamp, and the obiettivo/round ties that every
    /// audit row already carries in its own columns (denormalised on <see cref="ValoreRilevazione"/>).
    /// </summary>
    private static readonly HashSet<string> NotAudited =
        ["Version", "UpdatedAtUtc", "UpdatedBy", "ObiettivoOperativoId", "RilevazioneId"];

    /// <summary>Secrets: the audit records that they changed, never their value (not even encrypted).</summary>
    private static readonly HashSet<string> Secret = ["SmtpPasswordProtetta"];

    private readonly ConditionalWeakTable<DbContext, Batch> batches = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Take(context) is { } batch)
        {
            foreach (var (entity, id, auditIds) in KeysOfAddedRows(batch))
            {
                try
                {
                    await context.Set<AuditEntry>().Where(a => auditIds.Contains(a.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(a => a.EntitaId, id), cancellationToken);
                }
                catch (DbException ex)
                {
                    LogKeyNotRecorded(ex, entity);
                }
            }
            Forget(context, batch);
        }
        audit.Nota = null;
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Take(context) is { } batch)
        {
            foreach (var (entity, id, auditIds) in KeysOfAddedRows(batch))
            {
                try
                {
                    context.Set<AuditEntry>().Where(a => auditIds.Contains(a.Id)).ExecuteUpdate(s => s.SetProperty(a => a.EntitaId, id));
                }
                catch (DbException ex)
                {
                    LogKeyNotRecorded(ex, entity);
                }
            }
            Forget(context, batch);
        }
        audit.Nota = null;
        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Discard(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Discard(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Discard(eventData.Context);
        base.SaveChangesCanceled(eventData);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Discard(eventData.Context);
        return base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    private void Record(DbContext? context)
    {
        if (context is null) return;
        Discard(context); // rows of an earlier attempt that never reached the database
        var now = time.GetUtcNow().UtcDateTime;
        var user = http.HttpContext?.User.Identity?.Name ?? "sistema";

        foreach (var entry in context.ChangeTracker.Entries<IAudited>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Entity.Touch(now, user);
        }

        if (!audit.Enabled) return;
        var nota = audit.Nota is { Length: > TextLimits.TestoBreve } lunga ? lunga[..TextLimits.TestoBreve] : audit.Nota;
        var batch = new Batch();
        foreach (var entry in context.ChangeTracker.Entries<IAuditTrail>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var rows = new List<AuditEntry>();
            if (entry.State == EntityState.Deleted)
            {
                // A deleted row (only plan items without history, or a definizione emptied): what it held, then nothing.
                foreach (var property in entry.Properties)
                {
                    var name = property.Metadata.Name;
                    if (NotAudited.Contains(name) || property.Metadata.IsKey() || property.Metadata.IsForeignKey()) continue;
                    if (Format(property.OriginalValue) is not { } held) continue;
                    rows.Add(new AuditEntry(now, user, entry.Metadata.ClrType.Name, KeyOf(entry), entry.Entity.AuditObiettivoId,
                        entry.Entity.AuditRilevazioneId, name, held, null, nota));
                }
                batch.Rows.AddRange(rows);
                continue;
            }
            var id = KeyOf(entry);
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (NotAudited.Contains(name) || property.Metadata.IsKey()) continue;
                // A new row's ties are its parent, already in the row's own columns; a tie that changes (an obiettivo
                // reassigned to another responsabile, moved to another programma) is a change worth a line.
                if (property.Metadata.IsForeignKey() && entry.State == EntityState.Added) continue;
                if (entry.State == EntityState.Added ? IsDefault(property) : !IsChanged(property)) continue;
                var secret = Secret.Contains(name);
                var before = entry.State == EntityState.Added ? null : secret ? Masked(property.OriginalValue) : Format(property.OriginalValue);
                var after = secret ? Masked(property.CurrentValue) : Format(property.CurrentValue);
                rows.Add(new AuditEntry(now, user, entry.Metadata.ClrType.Name, id, entry.Entity.AuditObiettivoId,
                    entry.Entity.AuditRilevazioneId, name, before, after, nota));
            }
            if (rows.Count == 0) continue;
            batch.Rows.AddRange(rows);
            if (id == 0) batch.ForAddedRows.Add((entry, rows));
        }
        if (batch.Rows.Count == 0) return;
        context.AddRange(batch.Rows);
        batches.AddOrUpdate(context, batch);
    }

    /// <summary>The rows added by the save, now with their database key, and the ids of their audit rows.</summary>
    private static IEnumerable<(EntityEntry Entity, int Id, List<long> AuditIds)> KeysOfAddedRows(Batch batch) =>
        batch.ForAddedRows
            .Select(x => (x.Entity, Id: KeyOf(x.Entity), AuditIds: x.Rows.Select(r => r.Id).ToList()))
            .Where(x => x.Id > 0);

    private Batch? Take(DbContext context) => batches.TryGetValue(context, out var batch) ? batch : null;

    /// <summary>After a save: the audit rows are in the database; the context need not track them any longer.</summary>
    private void Forget(DbContext context, Batch batch)
    {
        batches.Remove(context);
        foreach (var row in batch.Rows)
            context.Entry(row).State = EntityState.Detached;
    }

    /// <summary>After a refused save: drop the audit rows it would have written; a retry records the changes again.</summary>
    private void Discard(DbContext? context)
    {
        if (context is null || Take(context) is not { } batch) return;
        Forget(context, batch);
    }

    private void LogKeyNotRecorded(Exception ex, EntityEntry entity) =>
        logger.LogWarning(ex, "Audit: id della nuova riga {Entita} non registrato (resta 0)", entity.Metadata.ClrType.Name);

    private static bool IsDefault(PropertyEntry property) =>
        property.CurrentValue is null
        || (property.Metadata.ClrType.IsValueType && property.CurrentValue.Equals(Activator.CreateInstance(property.Metadata.ClrType)));

    /// <summary>Changed by the model's own comparison: 1234.5600 read back from decimal(18,4) equals 1234.56.</summary>
    private static bool IsChanged(PropertyEntry property) =>
        property.IsModified && !property.Metadata.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue);

    private static int KeyOf(EntityEntry entry) =>
        entry.Properties.FirstOrDefault(p => p.Metadata.IsPrimaryKey())?.CurrentValue is int id && id > 0 ? id : 0;

    private static string? Masked(object? value) => value is null ? null : "(impostata)";

    private static string? Format(object? value) => value switch
    {
        null => null,
        byte[] b => $"{b.Length} byte, SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(b))[..16]}",
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture), // no trailing zeros
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The audit rows one save adds, and those of added rows that wait for their key.</summary>
    private sealed class Batch
    {
        public List<AuditEntry> Rows { get; } = [];

        public List<(EntityEntry Entity, List<AuditEntry> Rows)> ForAddedRows { get; } = [];
    }
}
