namespace Cremona.Dup.Web.Domain;

/// <summary>Maximum lengths shared by entity configurations and input validation.</summary>
public static class TextLimits
{
    public const int Codice = 20;
    public const int Nome = 400;
    public const int Persona = 200;
    public const int Unita = 20;
    public const int Persone = 600;
    public const int TestoBreve = 2_000;
    public const int TestoLungo = 20_000;
}
