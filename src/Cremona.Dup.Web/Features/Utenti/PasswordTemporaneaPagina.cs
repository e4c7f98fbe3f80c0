namespace Cremona.Dup.Web.Features.Utenti;

public sealed record PasswordTemporaneaPagina(string UserId, string UserName, string NomeCompleto, string Password, bool Nuovo);
