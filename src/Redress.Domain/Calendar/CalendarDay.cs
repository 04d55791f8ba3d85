namespace Redress.Domain.Calendar;

public enum CalendarDayKind
{
    /// <summary>A bank holiday of the landlord's division: never a working day.</summary>
    BankHoliday,
    /// <summary>A landlord closure day: a non-working day only when closures are switched on.</summary>
    Closure,
}

public enum Division
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}

public sealed record CalendarDay(DateOnly Date, string Title, CalendarDayKind Kind, bool IsSubstitute = false);
