using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Cremona.Dup.Web.Infrastructure.Web;

/// <summary>MVC's model-binding messages in Italian.</summary>
public static class ItalianModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        provider.SetAttemptedValueIsInvalidAccessor((value, field) => $"Il valore \"{value}\" non è valido per {field}.");
        provider.SetMissingBindRequiredValueAccessor(field => $"Il campo {field} è obbligatorio.");
        provider.SetMissingKeyOrValueAccessor(() => "Il valore è obbligatorio.");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => "La richiesta è vuota.");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Il valore \"{value}\" non è valido.");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Il valore indicato non è valido.");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => "Il valore deve essere un numero.");
        provider.SetUnknownValueIsInvalidAccessor(field => $"Il valore indicato non è valido per {field}.");
        provider.SetValueIsInvalidAccessor(value => $"Il valore \"{value}\" non è valido.");
        provider.SetValueMustBeANumberAccessor(field => $"Il campo {field} deve essere un numero.");
        provider.SetValueMustNotBeNullAccessor(field => $"Il campo {field} è obbligatorio.");
    }
}
