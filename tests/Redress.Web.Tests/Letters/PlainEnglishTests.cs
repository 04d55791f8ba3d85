using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Redress.Domain.Letters;
using Redress.Web.Letters;

namespace Redress.Web.Tests;

/// <summary>
/// The shipped letters are in plain English for a reading age of 9 to 11: each, rendered for its sample, scores a
/// Flesch-Kincaid grade of 6 or less (a reading age of about 11). Addresses, web and email addresses, numbers and
/// the Ombudsman's name are left out of the count: a resident does not read them as prose.
/// </summary>
public sealed partial class PlainEnglishTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    public static TheoryData<LetterKind> Kinds => [.. LetterTemplates.Editable];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ShippedLetter_ReadsAtGradeSixOrBelow(LetterKind kind)
    {
        using var scope = factory.Services.CreateScope();
        var templates = scope.ServiceProvider.GetRequiredService<LetterTemplates>();

        var draft = (await templates.PreviewAsync(kind, LetterComposer.DefaultSource(kind)))!;
        var grade = Grade(Prose(draft.Text));

        Assert.True(grade <= 6.0, $"The {kind} letter reads at grade {grade:0.0} (a reading age of about {grade + 5:0}).");
    }

    [Fact]
    public void Grade_OfAKnownText_IsAsFleschKincaidGives()
    {
        // Short words, short sentences: well below grade 6. Long words, one long sentence: well above.
        Assert.True(Grade("We got your letter. We will fix the tap. We will call you soon.") < 2);
        Assert.True(Grade("Notwithstanding considerable organisational complexities, remediation necessitates comprehensive investigation.") > 12);
    }

    /// <summary>The letter from its title on, without what is not read as prose.</summary>
    private static string Prose(string text)
    {
        var body = text[text.IndexOf('\n', text.IndexOf("Dear ", StringComparison.Ordinal))..];
        body = Links().Replace(body, " ");
        body = body.Replace("Housing Ombudsman Service", "Ombudsman", StringComparison.Ordinal);
        return Numbers().Replace(body, " ");
    }

    /// <summary>Flesch-Kincaid grade: 0.39 words per sentence + 11.8 syllables per word - 15.59. Each line ends a sentence.</summary>
    private static double Grade(string text)
    {
        var sentences = Sentences().Split(text).Count(s => Words().IsMatch(s));
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        var syllables = words.Sum(Syllables);
        return 0.39 * words.Count / Math.Max(1, sentences) + 11.8 * syllables / Math.Max(1, words.Count) - 15.59;
    }

    private static int Syllables(string word)
    {
        var w = word.ToLowerInvariant();
        var count = Vowels().Count(w);
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1)
        {
            count--;
        }
        return Math.Max(1, count);
    }

    [GeneratedRegex(@"(https?://\S+|\S+@\S+)")]
    private static partial Regex Links();

    [GeneratedRegex(@"[0-9][0-9 ,./:-]*")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"[.!?:]+\s|\n+")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"[A-Za-z']+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[aeiouy]+")]
    private static partial Regex Vowels();
}
