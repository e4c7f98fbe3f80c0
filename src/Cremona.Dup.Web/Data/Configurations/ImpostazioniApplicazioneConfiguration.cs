using Cremona.Dup.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cremona.Dup.Web.Data.Configurations;

public sealed class ImpostazioniApplicazioneConfiguration : IEntityTypeConfiguration<ImpostazioniApplicazione>
{
    public void Configure(EntityTypeBuilder<ImpostazioniApplicazione> builder)
    {
        builder.ToTable("ImpostazioniApplicazione");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.NomeEnte).HasMaxLength(ImpostazioniApplicazione.MaxNomeEnte).IsRequired();
        builder.Property(i => i.Logo).HasMaxLength(ImpostazioniApplicazione.MaxLogoBytes);
        builder.Property(i => i.LogoTipo).HasMaxLength(50);
        builder.Property(i => i.EmailModalita).HasMaxLength(20);
        builder.Property(i => i.EmailMittente).HasMaxLength(256);
        builder.Property(i => i.EmailNomeMittente).HasMaxLength(200);
        builder.Property(i => i.SmtpHost).HasMaxLength(256);
        builder.Property(i => i.SmtpSicurezza).HasMaxLength(20);
        builder.Property(i => i.SmtpUtente).HasMaxLength(256);
        builder.Property(i => i.SmtpPasswordProtetta).HasMaxLength(2000);
        builder.Property(i => i.PromemoriaGiorniPrima).HasMaxLength(200);
        builder.Property(i => i.PromemoriaGiorniDopo).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
        // The single row exists from the migration on; every override is empty (the configuration applies).
        builder.HasData(new
        {
            Id = ImpostazioniApplicazione.IdUnico,
            NomeEnte = ImpostazioniApplicazione.NomeEntePredefinito,
            Version = new Guid("0b6f5f0e-7f0a-4d55-9f1e-2d2f7a8c4e31"),
        });
    }
}
