using System.Security.Cryptography;

namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>
/// Temporary passwords the Amministratore reads out or sends: 14 characters from an alphabet without look-alikes
/// (0/O, 1/l/I), always with an upper-case letter, a lower-case letter and a digit, so Identity's rules accept them.
/// </summary>
public static class PasswordTemporanea
{
    public const int Lunghezza = 14;
    private const string Maiuscole = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Minuscole = "abcdefghijkmnpqrstuvwxyz";
    private const string Cifre = "23456789";
    private const string Tutti = Maiuscole + Minuscole + Cifre;

    public static string Genera()
    {
        var chars = new char[Lunghezza];
        chars[0] = Maiuscole[RandomNumberGenerator.GetInt32(Maiuscole.Length)];
        chars[1] = Minuscole[RandomNumberGenerator.GetInt32(Minuscole.Length)];
        chars[2] = Cifre[RandomNumberGenerator.GetInt32(Cifre.Length)];
        for (var i = 3; i < Lunghezza; i++) chars[i] = Tutti[RandomNumberGenerator.GetInt32(Tutti.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
