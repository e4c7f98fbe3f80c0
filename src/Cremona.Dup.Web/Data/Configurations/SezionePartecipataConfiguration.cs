using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class SezionePartecipataConfiguration : IEntityTypeConfiguration<SezionePartecipata>
{
    public void Configure(EntityTypeBuilder<SezionePartecipata> builder)
    {
        builder.ToTable("SezioniPartecipate");
        builder.Property(s => s.Numero).HasMaxLength(TextLimits.Codice).IsRequired();
        builder.Property(s => s.Titolo).HasMaxLength(TextLimits.Nome);
        builder.Property(s => s.Testo).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(s => s.Rendicontazione).HasMaxLength(TextLimits.TestoLungo);
        builder.HasMany(s => s.Indirizzi).WithOne().HasForeignKey(i => i.SezionePartecipataId).OnDelete(DeleteBehavior.Cascade);
    }
}
