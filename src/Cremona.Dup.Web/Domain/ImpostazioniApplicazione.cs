using System.Diagnostics.CodeAnalysis;

namespace Cremona.Dup.Web.Domain;

/// <summary>
/// The single row of the settings the Amministratore edits: the ente's name and logo (pages, PDF) and the overrides of
/// the e-mail and reminder settings (null: the configuration's value applies). Every change is audited, never the SMTP
/// password's value.
/// </summary>
public sealed class ImpostazioniApplicazione : IAuditTrail
{
    public const int IdUnico = 1;
    public const string NomeEntePredefinito = "Comune di Cremona";
    public const int MaxNomeEnte = 200;
    public const int MaxLogoBytes = 512 * 1024;

    private ImpostazioniApplicazione() { NomeEnte = NomeEntePredefinito; }

    public ImpostazioniApplicazione(string nomeEnte)
    {
        Id = IdUnico;
        NomeEnte = nomeEnte;
    }

    public int Id { get; private set; }
    public string NomeEnte { get; private set; }

    [SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "EF Core maps the image as a byte array.")]
    public byte[]? Logo { get; private set; }

    public string? LogoTipo { get; private set; }

    /// <summary>Changes with every new logo: part of the logo's URL and of the report cache key.</summary>
    public Guid? LogoVersione { get; private set; }

    public string? EmailModalita { get; private set; }
    public string? EmailMittente { get; private set; }
    public string? EmailNomeMittente { get; private set; }
    public string? SmtpHost { get; private set; }
    public int? SmtpPort { get; private set; }
    public string? SmtpSicurezza { get; private set; }
    public string? SmtpUtente { get; private set; }

    /// <summary>Encrypted with ASP.NET Core Data Protection; the audit records only that it changed.</summary>
    public string? SmtpPasswordProtetta { get; private set; }

    /// <summary>Days before the deadline, invariant and comma separated ("7,2").</summary>
    public string? PromemoriaGiorniPrima { get; private set; }

    public string? PromemoriaGiorniDopo { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public void ImpostaEnte(string nomeEnte)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nomeEnte);
        if (nomeEnte.Length > MaxNomeEnte) throw new ArgumentException("Nome dell'ente troppo lungo.", nameof(nomeEnte));
        NomeEnte = Texts.CollapseSpaces(nomeEnte);
        Version = Guid.NewGuid();
    }

    public void ImpostaLogo(byte[] contenuto, string tipo)
    {
        ArgumentNullException.ThrowIfNull(contenuto);
        ArgumentException.ThrowIfNullOrWhiteSpace(tipo);
        if (contenuto.Length is 0 or > MaxLogoBytes) throw new ArgumentException("Logo troppo grande.", nameof(contenuto));
        Logo = contenuto;
        LogoTipo = tipo;
        LogoVersione = Guid.NewGuid();
        Version = Guid.NewGuid();
    }

    public void RimuoviLogo()
    {
        Logo = null;
        LogoTipo = null;
        LogoVersione = null;
        Version = Guid.NewGuid();
    }

    public void ImpostaEmail(string? modalita, string? mittente, string? nomeMittente, string? host, int? port, string? sicurezza,
        string? utente)
    {
        EmailModalita = Vuoto(modalita);
        EmailMittente = Vuoto(mittente);
        EmailNomeMittente = Vuoto(nomeMittente);
        SmtpHost = Vuoto(host);
        SmtpPort = port;
        SmtpSicurezza = Vuoto(sicurezza);
        SmtpUtente = Vuoto(utente);
        Version = Guid.NewGuid();
    }

    /// <summary>Null clears the password; the caller keeps the old one by not calling this.</summary>
    public void ImpostaPasswordSmtp(string? protetta)
    {
        SmtpPasswordProtetta = Vuoto(protetta);
        Version = Guid.NewGuid();
    }

    public void ImpostaPromemoria(IReadOnlyList<int>? giorniPrima, IReadOnlyList<int>? giorniDopo)
    {
        PromemoriaGiorniPrima = Elenco(giorniPrima);
        PromemoriaGiorniDopo = Elenco(giorniDopo);
        Version = Guid.NewGuid();
    }

    /// <summary>The invariant list stored by <see cref="ImpostaPromemoria"/>, or null.</summary>
    public static IReadOnlyList<int>? Giorni(string? elenco) =>
        string.IsNullOrWhiteSpace(elenco)
            ? null
            : elenco.Split(',').Select(g => int.Parse(g, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static string? Elenco(IReadOnlyList<int>? giorni) =>
        giorni is null || giorni.Count == 0
            ? null
            : string.Join(',', giorni.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string? Vuoto(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    int? IAuditTrail.AuditObiettivoId => null;

    int? IAuditTrail.AuditRilevazioneId => null;
}
