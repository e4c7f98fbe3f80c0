namespace Cremona.Dup.Web.Features.Indicatori;

public enum EsitoImpostazione
{
    Salvato,
    NonTrovato,
    NonAutorizzato,
    DatiNonValidi,
    Conflitto,
}
