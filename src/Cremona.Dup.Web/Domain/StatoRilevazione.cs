namespace Cremona.Dup.Web.Domain;

/// <summary>Life cycle of a monitoring round: in preparazione → aperta → chiusa.</summary>
public enum StatoRilevazione
{
    InPreparazione = 0,
    Aperta = 1,
    Chiusa = 2,
}
