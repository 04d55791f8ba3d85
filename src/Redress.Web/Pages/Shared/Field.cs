using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Redress.Web.Pages.Shared;

/// <summary>What a GOV.UK form field needs from model state: its error, if any.</summary>
public static class Field
{
    /// <summary>The request item set when a page shows its error summary: the title then starts with "Error:".</summary>
    public const string SummaryShown = "redress:error-summary-shown";

    /// <summary>
    /// A refusal by a rule, shown at the input whose id is <see cref="Id"/> of the field the rule names; a
    /// rule about nothing on the page (no field, or one the page lacks) shows in the error summary alone.
    /// </summary>
    public static void AddRefusal(this ModelStateDictionary state, Domain.Common.DomainError? error, string fallback = "The change could not be recorded") =>
        state.AddModelError(Id(error?.Field ?? ""), error?.Message ?? fallback);

    /// <summary>
    /// Every problem a rule found, each at its field, beside the form's own errors: a field that already shows
    /// one (a date that could not be read) keeps that, so a person sees every error at once and each once.
    /// </summary>
    public static void AddRefusals(this ModelStateDictionary state, IEnumerable<Domain.Common.DomainError> problems)
    {
        foreach (var problem in problems)
        {
            if (state.GetFieldValidationState(Id(problem.Field ?? "")) != ModelValidationState.Invalid)
            {
                state.AddRefusal(problem);
            }
        }
    }

    public static string? Error(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>
    /// The id of a field's input, from a model key or the field a rule names: indexes become dashes, then
    /// the last part in camelCase. "Input.Email" is "email", "definition.summary" is "summary",
    /// "remedies[0].dueOn" is "remedies-0-dueOn".
    /// </summary>
    public static string Id(string key)
    {
        key = System.Text.RegularExpressions.Regex.Replace(key, @"\[(\d+)\]\.?", "-$1-").TrimEnd('-');
        var name = key[(key.LastIndexOf('.') + 1)..];
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
