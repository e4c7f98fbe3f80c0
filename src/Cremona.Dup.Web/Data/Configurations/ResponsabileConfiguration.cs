using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class ResponsabileConfiguration : IEntityTypeConfiguration<Responsabile>
{
    public void Configure(EntityTypeBuilder<Responsabile> builder)
    {
        builder.ToTable("Responsabili");
        builder.HasIndex(r => r.Nome).IsUnique();
        builder.Property(r => r.Nome).HasMaxLength(TextLimits.Persona).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(256);
    }
}
