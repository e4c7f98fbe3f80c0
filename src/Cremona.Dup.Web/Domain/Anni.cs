namespace Cremona.Dup.Web.Domain;

/// <summary>Plan years accepted by the model.</summary>
public static class Anni
{
    public const int Min = 2000;
    public const int Max = 2100;

    public static void Check(int anno)
    {
        if (anno is < Min or > Max)
            throw new ArgumentOutOfRangeException(nameof(anno), anno, $"Anno non valido: deve essere compreso tra {Min} e {Max}.");
    }
}
