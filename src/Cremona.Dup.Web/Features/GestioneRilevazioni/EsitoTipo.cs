namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

public enum EsitoTipo
{
    Fatto,
    NonTrovato,
    Vietato,
    Rifiutato,
    Conflitto,
}
