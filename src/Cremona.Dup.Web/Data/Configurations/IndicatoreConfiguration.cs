using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class IndicatoreConfiguration : IEntityTypeConfiguration<Indicatore>
{
    public void Configure(EntityTypeBuilder<Indicatore> builder)
    {
        builder.ToTable("Indicatori");
        builder.HasIndex(i => new { i.ObiettivoOperativoId, i.Ordine }).IsUnique();
        builder.Property(i => i.Nome).HasMaxLength(TextLimits.Nome).IsRequired();
        builder.Property(i => i.Finalita).HasMaxLength(TextLimits.TestoBreve);
        builder.Property(i => i.Formula).HasMaxLength(TextLimits.TestoBreve);
        builder.Property(i => i.Note).HasMaxLength(TextLimits.TestoLungo);
        builder.Property(i => i.Target).HasPrecision(18, 4);
        builder.Property(i => i.Direzione).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Unita).HasMaxLength(TextLimits.Unita);
        builder.Property(i => i.SogliaRaggiunto).HasPrecision(9, 4);
        builder.Property(i => i.SogliaParziale).HasPrecision(9, 4);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.AnniRiportati);
        builder.HasOne(i => i.Obiettivo).WithMany(o => o.Indicatori).HasForeignKey(i => i.ObiettivoOperativoId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Valori).WithOne().HasForeignKey(v => v.IndicatoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
