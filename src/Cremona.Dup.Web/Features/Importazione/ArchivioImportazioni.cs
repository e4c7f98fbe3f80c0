using System.Text.Json;
using Cremona.Dup.Web.Data;

namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>
/// Keeps an uploaded file between its preview and its application: in the data folder (<c>importazioni/</c>) under a name
/// the server makes (a GUID; the client's file name is only shown, never used as a path), beside a small JSON record
/// with the uploader, the time and, once applied, the outcome. Files older than <see cref="Durata"/> are removed.
/// </summary>
public sealed class ArchivioImportazioni
{
    public static readonly TimeSpan Durata = TimeSpan.FromDays(2);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly string cartella;
    private readonly TimeProvider time;

    public ArchivioImportazioni(IConfiguration configuration, IHostEnvironment environment, TimeProvider time)
    {
        cartella = Path.Combine(DataFolder.Resolve(configuration, environment), "importazioni");
        this.time = time;
    }

    public async Task<Caricamento> SalvaAsync(byte[] contenuto, string? nomeFile, string utente, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contenuto);
        Directory.CreateDirectory(cartella);
        Pulisci();
        var caricamento = new Caricamento(Guid.NewGuid(), NomeMostrato(nomeFile), utente, time.GetUtcNow().UtcDateTime, null, null);
        await File.WriteAllBytesAsync(PercorsoFile(caricamento.Id), contenuto, ct);
        await ScriviAsync(caricamento, ct);
        return caricamento;
    }

    /// <summary>The upload, only for the person who made it (anyone else gets null, as for an unknown id).</summary>
    public async Task<Caricamento?> TrovaAsync(Guid id, string utente, CancellationToken ct)
    {
        var percorso = PercorsoDati(id);
        if (!File.Exists(percorso) || !File.Exists(PercorsoFile(id))) return null;
        await using var stream = File.OpenRead(percorso);
        var caricamento = await JsonSerializer.DeserializeAsync<Caricamento>(stream, Json, ct);
        return caricamento is not null && caricamento.Id == id && string.Equals(caricamento.Utente, utente, StringComparison.Ordinal)
            ? caricamento
            : null;
    }

    public Task<byte[]> ContenutoAsync(Guid id, CancellationToken ct) => File.ReadAllBytesAsync(PercorsoFile(id), ct);

    public Task SegnaApplicatoAsync(Caricamento caricamento, Anteprima esito, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caricamento);
        ArgumentNullException.ThrowIfNull(esito);
        return ScriviAsync(caricamento with { ApplicatoIlUtc = time.GetUtcNow().UtcDateTime, Esito = esito with { Importato = null } }, ct);
    }

    private async Task ScriviAsync(Caricamento caricamento, CancellationToken ct)
    {
        var temporaneo = PercorsoDati(caricamento.Id) + ".tmp";
        await File.WriteAllBytesAsync(temporaneo, JsonSerializer.SerializeToUtf8Bytes(caricamento, Json), ct);
        File.Move(temporaneo, PercorsoDati(caricamento.Id), overwrite: true);
    }

    private void Pulisci()
    {
        var limite = time.GetUtcNow().UtcDateTime - Durata;
        foreach (var file in Directory.EnumerateFiles(cartella))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < limite) File.Delete(file);
            }
            catch (IOException)
            {
                // in use or already gone: the next upload tries again
            }
        }
    }

    private string PercorsoFile(Guid id) => Path.Combine(cartella, id.ToString("N") + ".xlsx");

    private string PercorsoDati(Guid id) => Path.Combine(cartella, id.ToString("N") + ".json");

    /// <summary>The client's file name for display and for the audit note only: no folders, no control characters, short.</summary>
    public static string NomeMostrato(string? nomeFile)
    {
        var nome = Path.GetFileName((nomeFile ?? "").Replace('\\', '/'));
        nome = new string(nome.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (nome.Length == 0) return "file.xlsx";
        return nome.Length > 100 ? nome[..100] : nome;
    }
}

/// <summary>An uploaded file: who, when, the name shown, and once applied when and what it did.</summary>
public sealed record Caricamento(Guid Id, string NomeFile, string Utente, DateTime CaricatoIlUtc, DateTime? ApplicatoIlUtc, Anteprima? Esito);
