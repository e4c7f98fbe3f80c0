namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>
/// The plan in the database, as the import compares with it: every row, retired ones included (a retired row that
/// comes back is restored), the names of the responsabili, the years that hold consuntivi of each indicator
/// (by <see cref="RigaIndicatore.Chiave"/>) and a fingerprint that tells whether anything changed since.
/// </summary>
public sealed record PianoAttuale(
    PianoRighe Righe,
    IReadOnlyList<string> Responsabili,
    IReadOnlyDictionary<string, (int Primo, int Ultimo)> AnniConsuntivi,
    string Impronta);
