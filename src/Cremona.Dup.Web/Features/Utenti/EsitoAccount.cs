namespace Cremona.Dup.Web.Features.Utenti;

public enum EsitoAccount
{
    Salvato,
    NonTrovato,
    DatiNonValidi,
    Conflitto,
}
