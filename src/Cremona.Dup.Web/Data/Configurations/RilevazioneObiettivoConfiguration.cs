using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class RilevazioneObiettivoConfiguration : IEntityTypeConfiguration<RilevazioneObiettivo>
{
    public void Configure(EntityTypeBuilder<RilevazioneObiettivo> builder)
    {
        builder.ToTable("RilevazioniObiettivi");
        builder.HasIndex(r => new { r.RilevazioneId, r.ObiettivoOperativoId }).IsUnique();
        builder.Property(r => r.StatoAttuazione).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(r => r.AzioniCorrettive).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(r => r.Stato).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.Property(r => r.InviatoDa).HasMaxLength(256);
        builder.Property(r => r.ValidatoDa).HasMaxLength(256);
        builder.Property(r => r.NotaRestituzione).HasMaxLength(TextLimits.TestoBreve);
        builder.Ignore(r => r.IsAperto);
        builder.Ignore(r => r.IsCompilabile);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Rilevazione).WithMany(r => r.Obiettivi).HasForeignKey(r => r.RilevazioneId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Obiettivo).WithMany().HasForeignKey(r => r.ObiettivoOperativoId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
