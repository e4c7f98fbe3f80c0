using Cremona.Dup.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class ReferenteConfiguration : IEntityTypeConfiguration<Referente>
{
    public void Configure(EntityTypeBuilder<Referente> builder)
    {
        builder.ToTable("Referenti");
        builder.HasKey(r => new { r.UserId, r.ResponsabileId });
        builder.HasOne<AppUser>().WithMany(u => u.Referenze).HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Responsabile).WithMany().HasForeignKey(r => r.ResponsabileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ResponsabileId);
    }
}
