using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class IndirizzoPartecipataConfiguration : IEntityTypeConfiguration<IndirizzoPartecipata>
{
    public void Configure(EntityTypeBuilder<IndirizzoPartecipata> builder)
    {
        builder.ToTable("IndirizziPartecipate");
        builder.Property(i => i.Lettera).HasMaxLength(TextLimits.Codice);
        builder.Property(i => i.Testo).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(i => i.Rendicontazione).HasMaxLength(TextLimits.TestoLungo);
        builder.HasMany(i => i.Indicatori).WithOne().HasForeignKey(i => i.IndirizzoPartecipataId).OnDelete(DeleteBehavior.Cascade);
    }
}
