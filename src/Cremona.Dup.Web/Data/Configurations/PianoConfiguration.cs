using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class PianoConfiguration : IEntityTypeConfiguration<Piano>
{
    public void Configure(EntityTypeBuilder<Piano> builder)
    {
        builder.ToTable("Piano");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.AnnoSuccessivo);
    }
}
