using Cremona.Dup.Web.Domain;

namespace Cremona.Dup.Web.Features.Indicatori;

public sealed record ImpostazioniPagina(SogliePredefiniteInput Input, Soglie Correnti);
