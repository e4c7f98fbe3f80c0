using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class NotificaConfiguration : IEntityTypeConfiguration<Notifica>
{
    public void Configure(EntityTypeBuilder<Notifica> builder)
    {
        builder.ToTable("Notifiche");
        builder.HasIndex(n => new { n.UserId, n.LettaAtUtc });
        builder.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.Titolo).HasMaxLength(TextLimits.Nome).IsRequired();
        builder.Property(n => n.Testo).HasMaxLength(TextLimits.TestoLungo).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
