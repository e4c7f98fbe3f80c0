using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class ValoreRilevazioneConfiguration : IEntityTypeConfiguration<ValoreRilevazione>
{
    public void Configure(EntityTypeBuilder<ValoreRilevazione> builder)
    {
        builder.ToTable("ValoriRilevazioni");
        builder.HasIndex(v => new { v.RilevazioneObiettivoId, v.IndicatoreId }).IsUnique();
        builder.HasIndex(v => v.ObiettivoOperativoId);
        builder.Property(v => v.Consuntivo).HasPrecision(18, 4);
        builder.Property(v => v.Nota).HasMaxLength(TextLimits.TestoBreve);
        builder.HasOne(v => v.RilevazioneObiettivo).WithMany(r => r.Valori).HasForeignKey(v => v.RilevazioneObiettivoId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Indicatore).WithMany().HasForeignKey(v => v.IndicatoreId).OnDelete(DeleteBehavior.Restrict);
    }
}
