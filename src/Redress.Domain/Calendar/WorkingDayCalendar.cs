using Redress.Domain.Common;

namespace Redress.Domain.Calendar;

/// <summary>
/// Working days (Monday to Friday, not a bank holiday, and not a closure day when closures are on)
/// over the years whose holidays are loaded. Built once per calendar version; every query is O(1):
/// a prefix count of working days per date and the list of working days by ordinal.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly int _firstDayNumber;
    private readonly int _firstYear;
    private readonly bool[] _yearLoaded;
    // _workingUpTo[i]: working days in [first day, first day + i].
    private readonly int[] _workingUpTo;
    // _workingDayNumbers[k]: DayNumber of the (k+1)-th working day of the span.
    private readonly int[] _workingDayNumbers;
    private readonly HashSet<int> _provisionalYears;

    public WorkingDayCalendar(
        IEnumerable<int> loadedYears,
        IEnumerable<CalendarDay> days,
        bool closuresAreNonWorking = false,
        int version = 1,
        IEnumerable<int>? provisionalYears = null)
    {
        var years = loadedYears.Distinct().Order().ToArray();
        Version = version;
        LoadedYears = years;
        _provisionalYears = [.. provisionalYears ?? []];
        // With no year loaded, every date is refused as not loaded.
        _firstYear = years.Length == 0 ? 1 : years[0];
        var lastYear = years.Length == 0 ? 0 : years[^1];
        _yearLoaded = new bool[lastYear - _firstYear + 1];
        foreach (var y in years)
        {
            _yearLoaded[y - _firstYear] = true;
        }

        var nonWorking = days
            .Where(d => d.Kind == CalendarDayKind.BankHoliday || closuresAreNonWorking)
            .Select(d => d.Date.DayNumber)
            .ToHashSet();

        _firstDayNumber = new DateOnly(_firstYear, 1, 1).DayNumber;
        var span = years.Length == 0 ? 0 : new DateOnly(lastYear, 12, 31).DayNumber - _firstDayNumber + 1;
        _workingUpTo = new int[span];
        var numbers = new List<int>(span * 5 / 7 + 1);
        var count = 0;
        for (var i = 0; i < span; i++)
        {
            var dayNumber = _firstDayNumber + i;
            if (IsWeekday(dayNumber) && !nonWorking.Contains(dayNumber))
            {
                count++;
                numbers.Add(dayNumber);
            }
            _workingUpTo[i] = count;
        }
        _workingDayNumbers = [.. numbers];
    }

    public int Version { get; }

    public IReadOnlyList<int> LoadedYears { get; }

    public bool IsProvisional(int year) => _provisionalYears.Contains(year);

    public bool IsLoaded(int year) =>
        year >= _firstYear && year - _firstYear < _yearLoaded.Length && _yearLoaded[year - _firstYear];

    public bool IsWorkingDay(DateOnly date)
    {
        var i = IndexOf(date);
        return _workingUpTo[i] != (i == 0 ? 0 : _workingUpTo[i - 1]);
    }

    /// <summary>
    /// The n-th working day strictly after <paramref name="from"/> (n &gt; 0), or strictly before it
    /// (n &lt; 0). Day 0 is <paramref name="from"/> itself, which need not be a working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var i = IndexOf(from);
        if (days == 0)
        {
            return from;
        }

        var upTo = _workingUpTo[i];
        int ordinal;
        if (days > 0)
        {
            ordinal = upTo + days - 1;
        }
        else
        {
            var before = IsWorkingDay(from) ? upTo - 1 : upTo;
            ordinal = before + days;
        }

        if (ordinal < 0)
        {
            throw NotLoaded(_firstYear - 1);
        }
        if (ordinal >= _workingDayNumbers.Length)
        {
            throw NotLoaded(_firstYear + _yearLoaded.Length);
        }

        var result = DateOnly.FromDayNumber(_workingDayNumbers[ordinal]);
        EnsureYearsLoaded(Math.Min(from.Year, result.Year), Math.Max(from.Year, result.Year));
        return result;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// negative when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var i = IndexOf(from);
        var j = IndexOf(to);
        EnsureYearsLoaded(Math.Min(from.Year, to.Year), Math.Max(from.Year, to.Year));
        return _workingUpTo[j] - _workingUpTo[i];
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date) =>
        IsWorkingDay(date) ? date : AddWorkingDays(date, 1);

    private int IndexOf(DateOnly date)
    {
        if (!IsLoaded(date.Year))
        {
            throw NotLoaded(date.Year);
        }
        return date.DayNumber - _firstDayNumber;
    }

    private void EnsureYearsLoaded(int fromYear, int toYear)
    {
        for (var y = fromYear; y <= toYear; y++)
        {
            if (!IsLoaded(y))
            {
                throw NotLoaded(y);
            }
        }
    }

    private static bool IsWeekday(int dayNumber)
    {
        // DayNumber 0 (1 January 0001) was a Monday.
        var dayOfWeek = dayNumber % 7;
        return dayOfWeek < 5;
    }

    private static DomainException NotLoaded(int year) => new(new DomainError(
        ErrorCodes.CalendarYearNotLoaded,
        $"The working-day calendar has no bank holidays loaded for {year}. An administrator must import or add the {year} bank holidays before dates in {year} can be used.",
        "calendar"));
}
