namespace Cremona.Dup.Web.Infrastructure.Excel;

/// <summary>
/// A table to export, independent of the file format: typed columns, one row of values per record (string, int or
/// decimal, null for an empty cell) and the "Info" lines (filters, user, date).
/// </summary>
public sealed record TabellaExport(
    string Titolo,
    string Foglio,
    IReadOnlyList<ColonnaExport> Colonne,
    IReadOnlyList<IReadOnlyList<object?>> Righe,
    IReadOnlyList<KeyValuePair<string, string>> Info);
