using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class SollecitoInviatoConfiguration : IEntityTypeConfiguration<SollecitoInviato>
{
    public void Configure(EntityTypeBuilder<SollecitoInviato> builder)
    {
        builder.ToTable("SollecitiInviati");
        // The unique key is what makes an automatic reminder go out once per rule, even across restarts.
        builder.HasIndex(s => new { s.RilevazioneId, s.ResponsabileId, s.Regola }).IsUnique();
        builder.Property(s => s.Regola).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Destinatario).HasMaxLength(256);
        builder.HasOne<Rilevazione>().WithMany().HasForeignKey(s => s.RilevazioneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Responsabile>().WithMany().HasForeignKey(s => s.ResponsabileId).OnDelete(DeleteBehavior.Cascade);
    }
}
