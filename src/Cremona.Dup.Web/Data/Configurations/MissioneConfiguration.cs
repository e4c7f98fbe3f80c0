using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class MissioneConfiguration : IEntityTypeConfiguration<Missione>
{
    public void Configure(EntityTypeBuilder<Missione> builder)
    {
        builder.ToTable("Missioni");
        builder.HasIndex(m => m.Numero).IsUnique();
        builder.Property(m => m.Nome).HasMaxLength(TextLimits.Nome).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.Etichetta);
    }
}
