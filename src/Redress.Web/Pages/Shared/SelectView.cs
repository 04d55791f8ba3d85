namespace Redress.Web.Pages.Shared;

/// <summary>A GOV.UK select with its label, hint and error; <paramref name="Empty"/> is the first, valueless option.</summary>
public sealed record SelectView(string Id, string Name, string Label, IReadOnlyList<(string Value, string Text)> Options, string? Selected, string? Error, string? Hint = null, string? Empty = null);
