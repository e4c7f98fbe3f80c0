namespace Cremona.Dup.Web.Domain;

/// <summary>The values of an indicator for one year: a yearly target and the consuntivo, each empty until known.</summary>
public sealed class IndicatoreValore
{
    private IndicatoreValore() { }

    internal IndicatoreValore(int anno, decimal? target, decimal? consuntivo)
    {
        Anni.Check(anno);
        Anno = anno;
        Target = target;
        Consuntivo = consuntivo;
    }

    public int Id { get; private set; }
    public int IndicatoreId { get; private set; }
    public int Anno { get; private set; }
    public decimal? Target { get; private set; }
    public decimal? Consuntivo { get; private set; }

    internal void SetConsuntivo(decimal? valore) => Consuntivo = valore;
}
