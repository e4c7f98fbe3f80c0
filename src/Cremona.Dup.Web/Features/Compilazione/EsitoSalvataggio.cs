namespace Cremona.Dup.Web.Features.Compilazione;

public enum EsitoSalvataggio
{
    Salvato,
    Inviato,
    NonTrovato,
    NonAutorizzato,
    Chiuso,
    DatiNonValidi,
    Conflitto,
    ConfermaRichiesta,
}
