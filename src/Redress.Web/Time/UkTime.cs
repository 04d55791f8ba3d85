namespace Redress.Web.Time;

/// <summary>The one place where an instant becomes a UK calendar date (Europe/London).</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly TodayInUk(this TimeProvider clock) => ToUkDate(clock.GetUtcNow().UtcDateTime);

    public static DateOnly ToUkDate(DateTime utc) => DateOnly.FromDateTime(ToUk(utc));

    public static TimeOnly ToUkTime(DateTime utc) => TimeOnly.FromDateTime(ToUk(utc));

    /// <summary>A UK wall-clock date and time as the UTC instant it was.</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    private static DateTime ToUk(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
