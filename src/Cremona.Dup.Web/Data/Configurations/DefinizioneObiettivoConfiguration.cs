using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class DefinizioneObiettivoConfiguration : IEntityTypeConfiguration<DefinizioneObiettivo>
{
    public void Configure(EntityTypeBuilder<DefinizioneObiettivo> builder)
    {
        builder.ToTable("DefinizioniObiettivi");
        builder.HasIndex(d => new { d.ObiettivoOperativoId, d.Anno }).IsUnique();
        builder.Property(d => d.Testo).HasMaxLength(TextLimits.TestoLungo).IsRequired();
    }
}
