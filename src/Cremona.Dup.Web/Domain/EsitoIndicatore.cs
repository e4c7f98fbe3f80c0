namespace Cremona.Dup.Web.Domain;

/// <summary>Where an indicator stands against its target in one year.</summary>
public enum EsitoIndicatore
{
    Raggiunto = 0,
    ParzialmenteRaggiunto = 1,
    NonRaggiunto = 2,
    NonMisurato = 3,
}
