using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class IndicatoreValoreConfiguration : IEntityTypeConfiguration<IndicatoreValore>
{
    public void Configure(EntityTypeBuilder<IndicatoreValore> builder)
    {
        builder.ToTable("IndicatoriValori");
        builder.HasIndex(v => new { v.IndicatoreId, v.Anno }).IsUnique();
        builder.Property(v => v.Target).HasPrecision(18, 4);
        builder.Property(v => v.Consuntivo).HasPrecision(18, 4);
    }
}
