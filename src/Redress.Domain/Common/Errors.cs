namespace Redress.Domain.Common;

/// <summary>The refusals that recur across operations, worded once.</summary>
public static class Errors
{
    public static DomainError InFuture(string field, string what, DateOnly today) => new(
        ErrorCodes.DateInFuture, $"{what} cannot be in the future (today is {today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}).", field);

    public static DomainError OutOfOrder(string field, string message) => new(ErrorCodes.DateOutOfOrder, message, field);

    public static DomainError Transition(string message) => new(ErrorCodes.InvalidTransition, message);
}
