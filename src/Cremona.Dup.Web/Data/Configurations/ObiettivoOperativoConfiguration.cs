using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class ObiettivoOperativoConfiguration : IEntityTypeConfiguration<ObiettivoOperativo>
{
    public void Configure(EntityTypeBuilder<ObiettivoOperativo> builder)
    {
        builder.ToTable("ObiettiviOperativi");
        builder.HasIndex(o => o.Codice).IsUnique();
        builder.Property(o => o.Codice).HasMaxLength(TextLimits.Codice).IsRequired();
        builder.Property(o => o.Nome).HasMaxLength(TextLimits.Nome).IsRequired();
        builder.Property(o => o.ResponsabilePolitico).HasMaxLength(TextLimits.Persone);
        builder.Property(o => o.DescrizioneSintetica).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(o => o.Gap).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(o => o.Stakeholder).HasMaxLength(TextLimits.TestoBreve);
        builder.Property(o => o.SettoriCoinvolti).HasMaxLength(TextLimits.TestoBreve);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Programma).WithMany(p => p.Obiettivi).HasForeignKey(o => o.ProgrammaId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.ObiettivoStrategico).WithMany(s => s.Obiettivi).HasForeignKey(o => o.ObiettivoStrategicoId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.ResponsabileGestionale).WithMany().HasForeignKey(o => o.ResponsabileGestionaleId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Definizioni).WithOne().HasForeignKey(d => d.ObiettivoOperativoId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
