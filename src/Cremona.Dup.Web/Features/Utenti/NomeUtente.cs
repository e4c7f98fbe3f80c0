using System.Text.RegularExpressions;

namespace Cremona.Dup.Web.Features.Utenti;

/// <summary>The shape of a user name: as the demo accounts, lower case without accents, words joined by dots.</summary>
public static partial class NomeUtente
{
    public const string Messaggio =
        "Il nome utente può contenere solo lettere minuscole senza accenti, cifre, punti, trattini e trattini bassi (da 2 a 64 caratteri, il primo una lettera o una cifra).";

    public static bool Valido(string? nome) => nome is not null && Forma().IsMatch(nome);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Forma();
}
