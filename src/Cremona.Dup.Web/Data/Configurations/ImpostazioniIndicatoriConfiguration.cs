using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class ImpostazioniIndicatoriConfiguration : IEntityTypeConfiguration<ImpostazioniIndicatori>
{
    public void Configure(EntityTypeBuilder<ImpostazioniIndicatori> builder)
    {
        builder.ToTable("ImpostazioniIndicatori");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.SogliaRaggiunto).HasPrecision(9, 4);
        builder.Property(i => i.SogliaParziale).HasPrecision(9, 4);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.Soglie);
        // The single row exists from the migration on, with the defaults of the issue (100% and 80%).
        builder.HasData(new
        {
            Id = ImpostazioniIndicatori.IdUnico,
            SogliaRaggiunto = Soglie.Predefinite.Raggiunto,
            SogliaParziale = Soglie.Predefinite.Parziale,
            Version = new Guid("6b0d8a51-52a4-4c0e-9d55-6f0c1d3e2a10"),
        });
    }
}
