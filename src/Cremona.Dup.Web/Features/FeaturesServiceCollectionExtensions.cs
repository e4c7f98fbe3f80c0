using Cremona.Dup.Web.Features.Account;
using Cremona.Dup.Web.Features.Compilazione;
using Cremona.Dup.Web.Features.GestioneRilevazioni;
using Cremona.Dup.Web.Features.Home;
using Cremona.Dup.Web.Features.Importazione;
using Cremona.Dup.Web.Features.Impostazioni;
using Cremona.Dup.Web.Features.Indicatori;
using Cremona.Dup.Web.Features.Notifiche;
using Cremona.Dup.Web.Features.Obiettivi;
using Cremona.Dup.Web.Features.Partecipate;
using Cremona.Dup.Web.Features.Piano;
using Cremona.Dup.Web.Features.Programmi;
using Cremona.Dup.Web.Features.Report;
using Cremona.Dup.Web.Features.Ricerca;
using Cremona.Dup.Web.Features.Utenti;
using Cremona.Dup.Web.Infrastructure.Pdf;
using Cremona.Dup.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Cremona.Dup.Web.Features;

public static class FeaturesServiceCollectionExtensions
{
    /// <summary>MVC with feature folders (Features/{controller}/{view}.cshtml), global antiforgery, Italian messages.</summary>
    public static IServiceCollection AddFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add(new FormTooLargeFilter());
                ItalianModelBindingMessages.Apply(options.ModelBindingMessageProvider);
            });
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Views/Shared/{0}.cshtml");
        });
        services.AddProblemDetails();
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);

        services.AddScoped<ProgrammiQueries>();
        services.AddScoped<ObiettiviQueries>();
        services.AddScoped<StoriaQueries>();
        services.AddScoped<PartecipateQueries>();
        services.AddScoped<RicercaQueries>();
        services.AddScoped<HomeQueries>();
        services.AddScoped<Notificatore>();
        services.AddScoped<CompilazioneQueries>();
        services.AddScoped<SalvaCompilazione>();
        services.AddScoped<NotificheQueries>();
        services.AddScoped<SegnaNotificaLetta>();
        services.AddScoped<SegnaTutteLette>();
        services.AddScoped<GestioneRilevazioniQueries>();
        services.AddScoped<CreaRilevazione>();
        services.AddScoped<ModificaRilevazione>();
        services.AddScoped<ApriRilevazione>();
        services.AddScoped<ChiudiRilevazione>();
        services.AddScoped<RiapriRilevazione>();
        services.AddScoped<ValidaObiettivi>();
        services.AddScoped<RestituisciObiettivo>();
        services.AddScoped<RiapriObiettivo>();
        services.AddScoped<PreparaSolleciti>();
        services.AddScoped<InviaSolleciti>();
        services.AddScoped<IndicatoriQueries>();
        services.AddScoped<ImpostaMisuraIndicatore>();
        services.AddScoped<ImpostaSogliePredefinite>();
        services.AddScoped<GestionePianoQueries>();
        services.AddScoped<ModificaPiano>();
        services.AddScoped<RitiraVocePiano>();
        services.AddScoped<CreaPianoAnnoSuccessivo>();
        services.AddScoped<ImportazioneQueries>();
        services.AddSingleton<ArchivioImportazioni>();
        services.AddScoped<ApplicaImportazione>();
        services.AddScoped<CambiaPropriaPassword>();
        services.AddScoped<UtentiQueries>();
        services.AddScoped<ControlliAccount>();
        services.AddScoped<RegistroAccount>();
        services.AddScoped<CreaAccount>();
        services.AddScoped<ModificaAccount>();
        services.AddScoped<AzioniAccount>();
        services.AddScoped<ImpostazioniQueries>();
        services.AddScoped<SalvaImpostazioni>();
        ConfigurationCheck.Convertible<PdfOptions>(configuration, PdfOptions.Section);
        ConfigurationCheck.Convertible<ReportOptions>(configuration, ReportOptions.Section);
        services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ChromiumPath), "Pdf:ChromiumPath deve indicare l'eseguibile di Chromium.")
            .Validate(o => o.TimeoutSeconds is >= 5 and <= 3600, "Pdf:TimeoutSeconds deve essere compreso tra 5 e 3600.")
            .Validate(o => o.MaxConcurrentRenders is >= 1 and <= 16, "Pdf:MaxConcurrentRenders deve essere compreso tra 1 e 16.")
            .Validate(o => o.PartsInParallel is >= 1 and <= 16, "Pdf:PartsInParallel deve essere compreso tra 1 e 16.")
            .ValidateOnStart();
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section)
            .Validate(o => o.CacheMegabytes is >= 0 and <= 65_536, "Report:CacheMegabytes deve essere compreso tra 0 e 65536.")
            .Validate(o => o.PartSize >= 1, "Report:PartSize deve essere un numero intero maggiore di zero.")
            .ValidateOnStart();
        services.AddSingleton<IPdfRenderer, ChromiumPdfRenderer>();
        services.AddSingleton<RazorViewToStringRenderer>();
        services.AddSingleton<Allegato6PrintAssets>();
        services.AddSingleton<Allegato6Cache>();
        services.AddScoped<Allegato6Queries>();
        services.AddScoped<Allegato6Pdf>();
        services.AddScoped<ProduciAllegato6>();
        return services;
    }
}
