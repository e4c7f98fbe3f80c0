using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("Audit");
        builder.HasIndex(a => a.ObiettivoOperativoId);
        builder.HasIndex(a => a.RilevazioneId);
        builder.HasIndex(a => new { a.Entita, a.EntitaId });
        builder.HasIndex(a => new { a.Entita, a.EntitaChiave });
        builder.Property(a => a.EntitaChiave).HasMaxLength(450);
        builder.Property(a => a.Utente).HasMaxLength(256);
        builder.Property(a => a.Entita).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Campo).HasMaxLength(100).IsRequired();
        builder.Property(a => a.ValorePrecedente).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(a => a.ValoreNuovo).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(a => a.Nota).HasMaxLength(TextLimits.TestoBreve);
    }
}
