namespace Cremona.Dup.Web.Features.Impostazioni;

public enum EsitoImpostazioni
{
    Salvato,
    DatiNonValidi,
    Conflitto,
}
