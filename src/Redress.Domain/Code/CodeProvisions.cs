using System.Text.Json;

namespace Redress.Domain.Code;

/// <summary>A provision of the Complaint Handling Code as the self-assessment form (Appendix A) states it.</summary>
public sealed record CodeProvision(string Number, int Section, string SectionTitle, string Requirement);

/// <summary>The 72 provisions of the self-assessment form, 1.2 to 9.8, in the form's order.</summary>
public static class CodeProvisions
{
    private static readonly Lazy<IReadOnlyList<CodeProvision>> Loaded = new(Load);

    public static IReadOnlyList<CodeProvision> All => Loaded.Value;

    private static IReadOnlyList<CodeProvision> Load()
    {
        using var stream = typeof(CodeProvisions).Assembly.GetManifestResourceStream("Redress.Domain.Code.provisions.json")
            ?? throw new InvalidOperationException("The Code provisions are missing from the build.");
        return JsonSerializer.Deserialize<List<CodeProvision>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
