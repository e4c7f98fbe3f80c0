using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>How many obiettivi of a group are in each state.</summary>
public sealed record Conteggi(int DaCompilare, int Bozza, int Inviati, int Restituiti, int Validati)
{
    public int Totale => DaCompilare + Bozza + Inviati + Restituiti + Validati;

    /// <summary>Sent to Segreteria or already validated.</summary>
    public int Completati => Inviati + Validati;

    public int Completamento => Percento(Completati, Totale);

    public int Di(StatoCompilazione stato) => stato switch
    {
        StatoCompilazione.DaCompilare => DaCompilare,
        StatoCompilazione.Bozza => Bozza,
        StatoCompilazione.Inviato => Inviati,
        StatoCompilazione.Restituito => Restituiti,
        StatoCompilazione.Validato => Validati,
        _ => 0,
    };

    public int PercentualeDi(StatoCompilazione stato) => Percento(Di(stato), Totale);

    public static Conteggi Da(IEnumerable<StatoCompilazione> stati)
    {
        ArgumentNullException.ThrowIfNull(stati);
        var list = stati.ToList();
        return new Conteggi(
            list.Count(s => s == StatoCompilazione.DaCompilare), list.Count(s => s == StatoCompilazione.Bozza),
            list.Count(s => s == StatoCompilazione.Inviato), list.Count(s => s == StatoCompilazione.Restituito),
            list.Count(s => s == StatoCompilazione.Validato));
    }

    /// <summary>Whole percentage, rounded; but 1 of 118 is never "0%" and 117 of 118 never "100%".</summary>
    public static int Percento(int parte, int totale)
    {
        if (totale == 0 || parte == 0) return 0;
        if (parte >= totale) return 100;
        return Math.Clamp((int)Math.Round(parte * 100m / totale, MidpointRounding.AwayFromZero), 1, 99);
    }
}
