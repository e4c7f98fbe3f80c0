namespace Cremona.Dup.Web.Features.Indicatori;

/// <summary>The indicator page: the indicator, and for Controllo di gestione the form with what was typed.</summary>
public sealed record IndicatorePagina(IndicatoreViewModel Indicatore, MisuraIndicatoreInput Input, bool PuoModificare);
