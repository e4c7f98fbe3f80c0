using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class RilevazioneConfiguration : IEntityTypeConfiguration<Rilevazione>
{
    public void Configure(EntityTypeBuilder<Rilevazione> builder)
    {
        builder.ToTable("Rilevazioni");
        builder.HasIndex(r => r.Data).IsUnique();
        builder.Property(r => r.Titolo).HasMaxLength(TextLimits.Nome).IsRequired();
        builder.Property(r => r.Stato).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.DataEstesa);
    }
}
