using Cremona.Dup.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.NomeCompleto).HasMaxLength(200).IsRequired();
        builder.HasOne(u => u.Responsabile).WithMany().HasForeignKey(u => u.ResponsabileId).OnDelete(DeleteBehavior.Restrict);
    }
}
