using Microsoft.Data.Sqlite;

namespace Cremona.Dup.IntegrationTests.Affidabilita;

/// <summary>
/// Takes the app's SQLite database away while the app runs, the way a failed disk or an unmounted volume does, and
/// puts it back untouched on dispose. Pooled connections are closed on both sides, so every request after the switch
/// opens the path anew (a server database that stops answering behaves the same for the app: opening fails).
/// </summary>
public sealed class GuastoDatabase : IDisposable
{
    private static readonly string[] Companions = ["", "-wal", "-shm", "-journal"];

    private readonly string path;
    private readonly string parked;

    private GuastoDatabase(string path)
    {
        this.path = path;
        parked = path + ".parcheggiato";
    }

    public enum Tipo
    {
        /// <summary>The path cannot be opened at all (a folder stands where the file was): "unable to open database file".</summary>
        Irraggiungibile,

        /// <summary>The file is there but is not a database any more: "file is not a database".</summary>
        Corrotto,
    }

    public static GuastoDatabase Inizia(string path, Tipo tipo)
    {
        var guasto = new GuastoDatabase(path);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in Companions)
            if (File.Exists(path + suffix)) File.Move(path + suffix, guasto.parked + suffix);
        if (tipo == Tipo.Irraggiungibile) Directory.CreateDirectory(path);
        else File.WriteAllBytes(path, [.. Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 31 % 251))]);
        return guasto;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        foreach (var suffix in Companions)
        {
            if (File.Exists(path + suffix)) File.Delete(path + suffix);
            if (File.Exists(parked + suffix)) File.Move(parked + suffix, path + suffix);
        }
    }
}
