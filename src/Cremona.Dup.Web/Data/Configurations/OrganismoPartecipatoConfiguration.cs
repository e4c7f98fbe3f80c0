using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class OrganismoPartecipatoConfiguration : IEntityTypeConfiguration<OrganismoPartecipato>
{
    public void Configure(EntityTypeBuilder<OrganismoPartecipato> builder)
    {
        builder.ToTable("OrganismiPartecipati");
        builder.HasIndex(o => new { o.RilevazioneId, o.Nome }).IsUnique();
        builder.Property(o => o.Nome).HasMaxLength(TextLimits.Nome).IsRequired();
        builder.Property(o => o.Introduzione).HasMaxLength(TextLimits.TestoLungo);
        builder.HasOne(o => o.Rilevazione).WithMany().HasForeignKey(o => o.RilevazioneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Sezioni).WithOne().HasForeignKey(s => s.OrganismoPartecipatoId).OnDelete(DeleteBehavior.Cascade);
    }
}
