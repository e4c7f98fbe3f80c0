using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class IndicatorePartecipataConfiguration : IEntityTypeConfiguration<IndicatorePartecipata>
{
    public void Configure(EntityTypeBuilder<IndicatorePartecipata> builder)
    {
        builder.ToTable("IndicatoriPartecipate");
        builder.Property(i => i.Nome).HasMaxLength(TextLimits.TestoBreve).IsRequired();
        builder.Property(i => i.TargetAtteso).HasMaxLength(TextLimits.TestoBreve);
        builder.Property(i => i.Finalita).HasMaxLength(TextLimits.TestoBreve);
        builder.Property(i => i.Formula).HasMaxLength(TextLimits.TestoBreve);
        builder.Property(i => i.Risultato).HasMaxLength(TextLimits.TestoLungo);
    }
}
