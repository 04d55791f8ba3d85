using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Redress.Web.Pages.Shared;

/// <summary>What a GOV.UK form field needs from model state: its error, if any.</summary>
public static class Field
{
    public static string? Error(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
