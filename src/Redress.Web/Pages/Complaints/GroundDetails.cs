using Microsoft.AspNetCore.Mvc.ModelBinding;
using Redress.Web.Pages.Shared;

namespace Redress.Web.Pages.Complaints;

/// <summary>The answers a section 2 ground needs beyond its explanation, for <c>_GroundDetails</c>.</summary>
public sealed record GroundDetails(GroundDetails.Show Mode, string? Discretion, DateParts FiledOn, DateOnly? Filed, ModelStateDictionary State)
{
    public enum Show
    {
        Inputs,
        Answers,
        Hidden,
    }
}
