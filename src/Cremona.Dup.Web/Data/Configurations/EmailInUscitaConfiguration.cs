using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class EmailInUscitaConfiguration : IEntityTypeConfiguration<EmailInUscita>
{
    public void Configure(EntityTypeBuilder<EmailInUscita> builder)
    {
        builder.ToTable("EmailInUscita");
        builder.HasIndex(e => e.InviataAtUtc);
        builder.Property(e => e.Destinatario).HasMaxLength(256).IsRequired();
        builder.Property(e => e.NomeDestinatario).HasMaxLength(200);
        builder.Property(e => e.Oggetto).HasMaxLength(TextLimits.Nome).IsRequired();
        builder.Property(e => e.Testo).HasMaxLength(TextLimits.TestoLungo).IsRequired();
        builder.Property(e => e.UltimoErrore).HasMaxLength(1000);
        builder.Ignore(e => e.DaInviare);
    }
}
