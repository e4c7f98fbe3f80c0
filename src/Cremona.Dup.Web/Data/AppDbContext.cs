using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.Web.Data;

/// <summary>
/// The unit of work of the application. Each database provider has a derived context
/// (<see cref="SqliteAppDbContext"/>, <see cref="SqlServerAppDbContext"/>) that owns its migration set.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Piano> Piano => Set<Piano>();
    public DbSet<Missione> Missioni => Set<Missione>();
    public DbSet<Programma> Programmi => Set<Programma>();
    public DbSet<ObiettivoStrategico> ObiettiviStrategici => Set<ObiettivoStrategico>();
    public DbSet<ObiettivoOperativo> ObiettiviOperativi => Set<ObiettivoOperativo>();
    public DbSet<DefinizioneObiettivo> Definizioni => Set<DefinizioneObiettivo>();
    public DbSet<Indicatore> Indicatori => Set<Indicatore>();
    public DbSet<IndicatoreValore> IndicatoriValori => Set<IndicatoreValore>();
    public DbSet<ImpostazioniIndicatori> ImpostazioniIndicatori => Set<ImpostazioniIndicatori>();
    public DbSet<ImpostazioniApplicazione> ImpostazioniApplicazione => Set<ImpostazioniApplicazione>();
    public DbSet<Responsabile> Responsabili => Set<Responsabile>();
    public DbSet<Referente> Referenti => Set<Referente>();
    public DbSet<Rilevazione> Rilevazioni => Set<Rilevazione>();
    public DbSet<RilevazioneObiettivo> RilevazioniObiettivi => Set<RilevazioneObiettivo>();
    public DbSet<ValoreRilevazione> ValoriRilevazioni => Set<ValoreRilevazione>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<Notifica> Notifiche => Set<Notifica>();
    public DbSet<SollecitoInviato> SollecitiInviati => Set<SollecitoInviato>();
    public DbSet<EmailInUscita> EmailInUscita => Set<EmailInUscita>();
    public DbSet<OrganismoPartecipato> OrganismiPartecipati => Set<OrganismoPartecipato>();
    public DbSet<SezionePartecipata> SezioniPartecipate => Set<SezionePartecipata>();
    public DbSet<IndirizzoPartecipata> IndirizziPartecipate => Set<IndirizzoPartecipata>();
    public DbSet<IndicatorePartecipata> IndicatoriPartecipate => Set<IndicatorePartecipata>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
