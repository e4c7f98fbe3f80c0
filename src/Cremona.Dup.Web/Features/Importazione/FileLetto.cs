namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>An uploaded workbook as read: its sheets by name, or the errors that kept it from being read.</summary>
public sealed record FileLetto(IReadOnlyDictionary<string, FoglioLetto> Fogli, IReadOnlyList<ErroreImportazione> Errori);

/// <summary>A sheet: the header of each column (by 0-based index) and the non-empty rows below it.</summary>
public sealed record FoglioLetto(string Nome, IReadOnlyDictionary<int, string> Intestazioni, IReadOnlyList<RigaLetta> Righe);

/// <summary>A row with its number in the sheet (1-based, as Excel shows it) and its non-empty cells by column index.</summary>
public sealed record RigaLetta(int Numero, IReadOnlyDictionary<int, CellaLetta> Celle);

/// <summary>A cell: its text, and its number when the cell is numeric.</summary>
public sealed record CellaLetta(string Testo, decimal? Numero);
