using System.Text.RegularExpressions;
using Redress.Domain.Code;

namespace Redress.Domain.Tests;

/// <summary>
/// Keeps docs/compliance.md true: every provision of the form in order, a known status, and a Tests
/// column equal to the tests that carry the provision's trait. An "enforces" row needs a test that asserts
/// the refusal's error code, so the row fails when the refusal is removed. REDRESS_UPDATE_COMPLIANCE=1
/// rewrites the Tests column.
/// </summary>
public partial class ComplianceMapTests
{
    private static readonly string[] Statuses = ["enforces", "measures", "records", "not yet"];

    [Fact]
    public void Provisions_AreTheSeventyTwoOfTheForm_InOrder()
    {
        var numbers = CodeProvisions.All.Select(p => p.Number).ToList();

        Assert.Equal(72, numbers.Count);
        Assert.Equal("1.2", numbers[0]);
        Assert.Equal("9.8", numbers[^1]);
        Assert.Equal(numbers.Distinct().Count(), numbers.Count);
        Assert.All(CodeProvisions.All, p => Assert.False(string.IsNullOrWhiteSpace(p.Requirement), p.Number));
        Assert.StartsWith("Landlords must issue a full response to stage 1 complaints within 10 working days", CodeProvisions.All.Single(p => p.Number == "6.3").Requirement, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplianceMap_ListsEveryProvisionWithItsTests()
    {
        var root = RepositoryRoot();
        var path = Path.Combine(root, "docs", "compliance.md");
        var lines = File.ReadAllLines(path).ToList();
        var (tests, refusing) = TestsByProvision(Path.Combine(root, "tests"));
        var rows = lines.Select((line, i) => (line, i)).Where(x => RowPattern().IsMatch(x.line)).ToList();

        Assert.Equal(CodeProvisions.All.Select(p => p.Number), rows.Select(r => Cells(r.line)[0]));
        var expected = new List<string>(lines);
        foreach (var (line, index) in rows)
        {
            var cells = Cells(line);
            Assert.Contains(cells[2], Statuses);
            var names = tests.TryGetValue(cells[0], out var found) ? string.Join("<br>", found.Order(StringComparer.Ordinal)) : "";
            if (cells[2] == "enforces")
            {
                Assert.False(names.Length == 0, $"Provision {cells[0]} says 'enforces' but no test carries its trait.");
                Assert.True(found!.Any(refusing.Contains),
                    $"Provision {cells[0]} says 'enforces' but none of its tests asserts a refusal's error code: a test must fail when the refusal is removed.");
            }
            cells[4] = names;
            expected[index] = "| " + string.Join(" | ", cells) + " |";
        }
        var unknown = tests.Keys.Except(CodeProvisions.All.Select(p => p.Number)).ToList();
        Assert.True(unknown.Count == 0, $"Tests name provisions that are not in the form: {string.Join(", ", unknown)}");

        if (Environment.GetEnvironmentVariable("REDRESS_UPDATE_COMPLIANCE") == "1")
        {
            File.WriteAllLines(path, expected);
            return;
        }
        Assert.True(expected.SequenceEqual(lines), "docs/compliance.md is out of date: run REDRESS_UPDATE_COMPLIANCE=1 dotnet test tests/Redress.Domain.Tests");
    }

    private static string[] Cells(string row) => [.. row.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    /// <summary>
    /// Reads test sources: each [Trait("Code", "N.N")] belongs to the next test method, named Class.Method;
    /// and which tests assert a refusal's error code in their body.
    /// </summary>
    private static (Dictionary<string, SortedSet<string>> ByProvision, HashSet<string> Refusing) TestsByProvision(string testsFolder)
    {
        var result = new Dictionary<string, SortedSet<string>>();
        var refusing = new HashSet<string>(StringComparer.Ordinal);
        string? currentTest = null;
        foreach (var file in Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string? currentClass = null;
            currentTest = null;
            var pending = new List<string>();
            foreach (var line in File.ReadLines(file))
            {
                var cls = ClassPattern().Match(line);
                if (cls.Success)
                {
                    currentClass = cls.Groups[1].Value;
                }
                foreach (Match trait in TraitPattern().Matches(line))
                {
                    pending.Add(trait.Groups[1].Value);
                }
                var method = MethodPattern().Match(line);
                if (method.Success)
                {
                    currentTest = $"{currentClass}.{method.Groups[1].Value}";
                }
                else if (currentTest is not null && RefusalAssertion().IsMatch(line))
                {
                    refusing.Add(currentTest);
                }
                if (method.Success && pending.Count > 0)
                {
                    foreach (var provision in pending)
                    {
                        if (!result.TryGetValue(provision, out var set))
                        {
                            result[provision] = set = new SortedSet<string>(StringComparer.Ordinal);
                        }
                        set.Add($"{currentClass}.{method.Groups[1].Value}");
                    }
                    pending.Clear();
                }
            }
        }
        return (result, refusing);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Redress.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }

    [GeneratedRegex(@"^\|\s*\d\.\d{1,2}\s*\|")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"\[Trait\(""Code"",\s*""(\d\.\d{1,2})""\)\]")]
    private static partial Regex TraitPattern();

    /// <summary>An assertion of a rule's refusal code: a domain error code, or a 422 problem with its code.</summary>
    [GeneratedRegex(@"ErrorCodes\.\w+|ExpectProblem\(HttpStatusCode\.UnprocessableEntity,\s*""[a-z0-9-]+""|Assert\.Equal\(""[a-z0-9-]+"",[^;]*\.Code\b")]
    private static partial Regex RefusalAssertion();

    [GeneratedRegex(@"\bclass\s+(\w+)")]
    private static partial Regex ClassPattern();

    [GeneratedRegex(@"public\s+(?:async\s+)?(?:Task|void)\s+(\w+)\s*\(")]
    private static partial Regex MethodPattern();
}
