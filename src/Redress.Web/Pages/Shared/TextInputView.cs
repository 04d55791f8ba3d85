namespace Redress.Web.Pages.Shared;

/// <summary>A GOV.UK text input or textarea with its label, hint and error.</summary>
public sealed record TextInputView(string Id, string Name, string Label, string? Value, string? Error, string? Hint = null, bool Multiline = false, string? Autocomplete = null, string Width = "", string Type = "text");
