using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Redress.Domain.Calendar;

// dotnet run -c Release --project bench/Redress.Bench.Calendar
BenchmarkRunner.Run<Redress.Bench.Calendar.WorkingDayBenchmarks>(args: args);

namespace Redress.Bench.Calendar
{

/// <summary>
/// AddWorkingDays(d, 20) and CountWorkingDays over a spread of real dates, against a naive
/// day-by-day loop over the same holidays. Target: at most 50 ns per call.
/// </summary>
[MemoryDiagnoser]
public class WorkingDayBenchmarks
{
    private WorkingDayCalendar _calendar = null!;
    private HashSet<DateOnly> _holidays = null!;
    private DateOnly[] _dates = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var days = BankHolidayFeed.LoadShipped()[Division.EnglandAndWales];
        _calendar = new WorkingDayCalendar(days.Select(d => d.Date.Year).Distinct(), days);
        _holidays = [.. days.Select(d => d.Date)];
        var random = new Random(20251219);
        var first = new DateOnly(2018, 1, 1).DayNumber;
        var last = new DateOnly(2028, 10, 1).DayNumber;
        _dates = [.. Enumerable.Range(0, 4096).Select(_ => DateOnly.FromDayNumber(random.Next(first, last)))];
    }

    private DateOnly NextDate() => _dates[_next++ & 4095];

    [Benchmark(Description = "AddWorkingDays(d, 20)")]
    public DateOnly Add20() => _calendar.AddWorkingDays(NextDate(), 20);

    [Benchmark(Description = "CountWorkingDays(d, d+40)")]
    public int Count()
    {
        var d = NextDate();
        return _calendar.CountWorkingDays(d, d.AddDays(40));
    }

    [Benchmark(Baseline = true, Description = "naive loop: add 20")]
    public DateOnly NaiveAdd20()
    {
        var d = NextDate();
        var added = 0;
        while (added < 20)
        {
            d = d.AddDays(1);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(d))
            {
                added++;
            }
        }
        return d;
    }

    [Benchmark(Description = "naive loop: count 40 days")]
    public int NaiveCount()
    {
        var from = NextDate();
        var to = from.AddDays(40);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(d))
            {
                count++;
            }
        }
        return count;
    }
}
}
