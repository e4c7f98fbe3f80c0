using Cremona.Dup.Web.Domain;
using Cremona.Dup.Web.Infrastructure.Text;

namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>Reads two thresholds typed the Italian way and checks them, with each message tied to its field.</summary>
public static class SoglieTesto
{
    public static (decimal? Raggiunto, decimal? Parziale) Leggi(string? raggiunto, string? parziale, bool obbligatorie,
        IDictionary<string, string> errori)
    {
        ArgumentNullException.ThrowIfNull(errori);
        var r = Numero(raggiunto, nameof(MisuraIndicatoreInput.SogliaRaggiunto), errori);
        var p = Numero(parziale, nameof(MisuraIndicatoreInput.SogliaParziale), errori);
        if (errori.Count > 0) return (r, p);

        if (obbligatorie && r is null) errori[nameof(MisuraIndicatoreInput.SogliaRaggiunto)] = "Indicare la soglia di raggiungimento.";
        if (obbligatorie && p is null) errori[nameof(MisuraIndicatoreInput.SogliaParziale)] = "Indicare la soglia di raggiungimento parziale.";
        if (errori.Count > 0) return (r, p);

        if (Soglie.Verifica(r, p) is { } errore)
        {
            var campo = r is null || r > Soglie.Massimo
                ? nameof(MisuraIndicatoreInput.SogliaRaggiunto)
                : nameof(MisuraIndicatoreInput.SogliaParziale);
            errori[campo] = errore;
        }
        return (r, p);
    }

    private static decimal? Numero(string? text, string campo, IDictionary<string, string> errori)
    {
        if (!NumeroItaliano.TryParse(text, out var value, out var error))
        {
            errori[campo] = error!;
            return null;
        }
        return value;
    }
}
