using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Redress.Web.Pages.Shared;

/// <summary>What a GOV.UK form field needs from model state: its error, if any.</summary>
public static class Field
{
    public static string? Error(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The id of a field's input: the last part of the model key in camelCase ("Input.Email" is "email").</summary>
    public static string Id(string key)
    {
        var name = key[(key.LastIndexOf('.') + 1)..];
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
