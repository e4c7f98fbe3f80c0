using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class ProgrammaConfiguration : IEntityTypeConfiguration<Programma>
{
    public void Configure(EntityTypeBuilder<Programma> builder)
    {
        builder.ToTable("Programmi");
        builder.HasIndex(p => p.Codice).IsUnique();
        builder.Property(p => p.Codice).HasMaxLength(TextLimits.Codice).IsRequired();
        builder.Property(p => p.Nome).HasMaxLength(TextLimits.Nome).IsRequired();
        builder.Property(p => p.Responsabili).HasMaxLength(TextLimits.Persone);
        builder.Property(p => p.Descrizione).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(p => p.MotivazioneScelte).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(p => p.FinalitaDaConseguire).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(p => p.RisorseUmane).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(p => p.RisorseStrumentali).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Missione).WithMany(m => m.Programmi).HasForeignKey(p => p.MissioneId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
