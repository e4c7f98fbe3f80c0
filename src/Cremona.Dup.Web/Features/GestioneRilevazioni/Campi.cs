using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cremona.Dup.Web.Features.GestioneRilevazioni;

/// <summary>
/// Error and typed value of a form field for hand-written inputs: the forms post plain names ("Nota", "Motivo") that
/// other pages post too, so the views write them rather than deriving them from a view model.
/// </summary>
public static class Campi
{
    public static string? Errore(ModelStateDictionary modelState, string campo)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(campo, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
    }

    /// <summary>What the user typed (even when it could not be read as a date or a number), else the model's value.</summary>
    public static string? Valore(ModelStateDictionary modelState, string campo, string? valore)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(campo, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : valore;
    }

    /// <summary>The ids for <c>aria-describedby</c>: the hint and, when there is one, the error.</summary>
    public static string? DescrittoDa(ModelStateDictionary modelState, string campo, string? aiuto = null)
    {
        var ids = new List<string>();
        if (aiuto is not null) ids.Add(aiuto);
        if (Errore(modelState, campo) is not null) ids.Add(campo + "-errore");
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
