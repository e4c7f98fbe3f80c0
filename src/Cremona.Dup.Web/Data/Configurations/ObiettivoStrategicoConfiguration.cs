using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class ObiettivoStrategicoConfiguration : IEntityTypeConfiguration<ObiettivoStrategico>
{
    public void Configure(EntityTypeBuilder<ObiettivoStrategico> builder)
    {
        builder.ToTable("ObiettiviStrategici");
        builder.HasIndex(o => o.Codice).IsUnique();
        builder.Property(o => o.Codice).HasMaxLength(TextLimits.Codice).IsRequired();
        builder.Property(o => o.Nome).HasMaxLength(TextLimits.Nome).IsRequired();
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}
