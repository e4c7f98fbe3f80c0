using Cremona.Dup.Web.Features.Importazione;
using Cremona.Dup.Web.Infrastructure.Excel;

namespace Cremona.Dup.IntegrationTests.Infrastructure;

/// <summary>
/// A downloaded template, editable as a person would edit it in a spreadsheet (change a cell, add or delete a row,
/// rename a column or a sheet), then written again as .xlsx with SpreadCheetah. Row numbers are the sheet's own:
/// 1 is the header, 2 the first row of data.
/// </summary>
public sealed class ModelloModificabile
{
    private readonly List<(string Nome, List<string> Colonne, List<object?[]> Righe)> fogli = [];

    public ModelloModificabile(byte[] xlsx)
    {
        var file = LettoreXlsx.Leggi(xlsx);
        file.Errori.Should().BeEmpty();
        foreach (var foglio in file.Fogli.Values)
        {
            var colonne = foglio.Intestazioni.OrderBy(x => x.Key).Select(x => x.Value).ToList();
            var righe = foglio.Righe.Select(r => Enumerable.Range(0, colonne.Count)
                .Select(c => r.Celle.TryGetValue(c, out var cella) ? cella.Numero is { } n ? n : (object)cella.Testo : null).ToArray()).ToList();
            fogli.Add((foglio.Nome, colonne, righe));
        }
    }

    private (string Nome, List<string> Colonne, List<object?[]> Righe) Foglio(string nome) => fogli.Single(f => f.Nome == nome);

    private static int Colonna((string Nome, List<string> Colonne, List<object?[]> Righe) foglio, string colonna)
    {
        var indice = foglio.Colonne.IndexOf(colonna);
        indice.Should().BeGreaterThanOrEqualTo(0, $"the sheet {foglio.Nome} has a column {colonna}");
        return indice;
    }

    /// <summary>The sheet row (2 = first data row) whose <paramref name="colonna"/> holds <paramref name="valore"/>.</summary>
    public int Riga(string foglio, string colonna, object valore, string? colonna2 = null, object? valore2 = null)
    {
        var f = Foglio(foglio);
        var c = Colonna(f, colonna);
        var c2 = colonna2 is null ? -1 : Colonna(f, colonna2);
        var indice = f.Righe.FindIndex(r => Equals(r[c], valore) && (c2 < 0 || Equals(r[c2], valore2)));
        indice.Should().BeGreaterThanOrEqualTo(0, $"{foglio} has a row with {colonna} = {valore}");
        return indice + 2;
    }

    public object? Valore(string foglio, int riga, string colonna)
    {
        var f = Foglio(foglio);
        return f.Righe[riga - 2][Colonna(f, colonna)];
    }

    public int Righe(string foglio) => Foglio(foglio).Righe.Count;

    public ModelloModificabile Imposta(string foglio, int riga, string colonna, object? valore)
    {
        var f = Foglio(foglio);
        f.Righe[riga - 2][Colonna(f, colonna)] = valore;
        return this;
    }

    /// <summary>Appends a row; returns its sheet row number.</summary>
    public int Aggiungi(string foglio, Dictionary<string, object?> valori)
    {
        var f = Foglio(foglio);
        var riga = new object?[f.Colonne.Count];
        foreach (var (colonna, valore) in valori) riga[Colonna(f, colonna)] = valore;
        f.Righe.Add(riga);
        return f.Righe.Count + 1;
    }

    public ModelloModificabile Elimina(string foglio, int riga)
    {
        Foglio(foglio).Righe.RemoveAt(riga - 2);
        return this;
    }

    public ModelloModificabile RinominaColonna(string foglio, string colonna, string nuovo)
    {
        var f = Foglio(foglio);
        f.Colonne[Colonna(f, colonna)] = nuovo;
        return this;
    }

    public ModelloModificabile EliminaFoglio(string foglio)
    {
        fogli.Remove(Foglio(foglio));
        return this;
    }

    public byte[] Salva()
    {
        var workbook = new ExcelWorkbook("Modello modificato", "test", "test", fogli.Select(f => new ExcelSheet(f.Nome,
            f.Colonne.Select(c => new ExcelColumn(c)).ToList(),
            f.Righe.Select(r => (IReadOnlyList<object?>)r).ToList())).ToList());
        using var stream = new MemoryStream();
        XlsxWriter.WriteAsync(workbook, stream, CancellationToken.None).GetAwaiter().GetResult();
        return stream.ToArray();
    }
}
