using System.Text.RegularExpressions;
using Redress.Domain.Common;
using Redress.Domain.Complaints;

namespace Redress.Domain.Letters;

/// <summary>The Housing Ombudsman's contact details as the landlord has set them (Code 6.5, 6.16, 6.19 g).</summary>
public sealed record OmbudsmanDetails(string Name, string Telephone, string Website, string Address, string? Email);

/// <summary>
/// What an offer to complain is about: a service request (its reference) or feedback (the resident's words).
/// </summary>
public sealed record OfferFacts(bool ServiceRequest, string About);

/// <summary>The ways to complain the landlord's settings give (Code 3.1): any may be missing, but not all.</summary>
public sealed record ComplaintRoutes(string? Telephone, string? Email, string? PolicyUrl);

/// <summary>
/// One thing a letter must tell the resident: what it is, the Code provision that requires it, and the words
/// the letter must contain to tell it (a date in words, the decision, each point). No words means the record
/// itself lacks the item (an extension without its reasons): the letter cannot say it.
/// </summary>
public sealed record RequiredItem(string Key, string What, string Provision, IReadOnlyList<string> Words, string? WhyNot = null);

/// <summary>
/// What each kind of letter must contain, worked out from the complaint it is about, and the check of a
/// rendered letter against it. Pure: the same complaint and text give the same answer on any page or API.
/// </summary>
public static partial class LetterRequirements
{
    /// <summary>The items a letter of <paramref name="kind"/> about <paramref name="stage"/> of the complaint must contain.</summary>
    public static IReadOnlyList<RequiredItem> For(LetterKind kind, Complaint complaint, int stage, OmbudsmanDetails ombudsman)
    {
        var items = new List<RequiredItem>();
        var s = complaint.StageNumber(stage) ?? complaint.CurrentStage;
        void Item(string key, string what, string provision, params string?[] words) =>
            items.Add(new(key, what, provision, words.Any(string.IsNullOrWhiteSpace) ? [] : words.Select(w => w!.Trim()).ToList()));
        void Ombudsman(string provision)
        {
            Item("ombudsman.name", "the Housing Ombudsman's name", provision, ombudsman.Name);
            Item("ombudsman.telephone", "the Housing Ombudsman's telephone number", provision, ombudsman.Telephone);
            Item("ombudsman.website", "the Housing Ombudsman's website", provision, ombudsman.Website);
            Item("ombudsman.address", "the Housing Ombudsman's postal address", provision, ombudsman.Address);
        }
        void Definition(string provision)
        {
            var d = s.Definition;
            Item("definition.summary", "the summary of the complaint", provision, d?.Summary);
            for (var i = 0; i < (d?.Points.Count ?? 0); i++)
            {
                Item($"definition.points[{i}]", $"point {i + 1} of the complaint (\"{d!.Points[i]}\")", provision, d.Points[i]);
            }
            Item("definition.outcomesSought", "the outcomes the resident is seeking", provision,
                d is { OutcomesSought.Count: > 0 } ? [.. d.OutcomesSought] : [null]);
            if (d is not { Points.Count: > 0 })
            {
                Item("definition.points", "the points of the complaint", provision, [null]);
            }
        }

        Item("reference", "the complaint's reference", "5.12", complaint.Reference);
        switch (kind)
        {
            case LetterKind.Acknowledgement:
                Item("stage", "the complaint stage", stage == 1 ? "6.2" : "6.12", $"stage {stage}");
                Definition("5.6");
                foreach (var (n, i) in (s.Definition?.NotResponsibleFor ?? []).Select((n, i) => (n, i)))
                {
                    Item($"definition.notResponsibleFor[{i}]", $"that we are not responsible for \"{n.Matter}\" and, where we know, who is", "5.7",
                        [n.Matter, .. string.IsNullOrWhiteSpace(n.ResponsibleParty) ? Array.Empty<string>() : [n.ResponsibleParty]]);
                }
                if (!string.IsNullOrWhiteSpace(s.Definition?.ClarificationSought))
                {
                    Item("definition.clarificationSought", "what the resident is asked to clarify", "5.6", s.Definition.ClarificationSought);
                }
                Item("respondBy", "the date the response is due", stage == 1 ? "6.3" : "6.13", s.RespondBy is { } due ? LetterWords.Date(due) : null);
                break;
            case LetterKind.Extension:
                var extension = s.Extensions.MaxBy(e => e.Ordinal);
                var provision = stage == 1 ? "6.4" : "6.15";
                Item("extension.newRespondBy", "the new date the response is due", provision, extension is null ? null : LetterWords.Date(extension.NewRespondBy));
                Item("extension.reason", "the reasons for the extension", provision, extension?.Reason);
                Item("extension.updateInterval", "how often we will keep the resident informed", "5.9",
                    extension?.UpdateIntervalWorkingDays is { } every ? LetterWords.WorkingDays(every) : null);
                Ombudsman(stage == 1 ? "6.5" : "6.16");
                break;
            case LetterKind.Response:
                var code = stage == 1 ? "6.9" : "6.19";
                Item("stage", "the complaint stage", $"{code} a", $"stage {stage}");
                Definition($"{code} b");
                Item("decision", "the decision on the complaint", $"{code} c", s.Decision is { } decision ? Words(decision) : null);
                Item("reasons", "the reasons for the decision", $"{code} d", s.Reasons);
                foreach (var (f, i) in s.Findings.OrderBy(f => f.Ordinal).Select((f, i) => (f, i)))
                {
                    Item($"findings[{i}]", $"the decision and reasons on \"{f.Point}\"", $"{code} d", f.Point, f.Reasons);
                }
                foreach (var (r, i) in complaint.Remedies.Where(r => r.Stage == stage).OrderBy(r => r.Ordinal).Select((r, i) => (r, i)))
                {
                    Item($"remedies[{i}]", $"the remedy \"{r.Description}\", with its amount and date", $"{code} e",
                        [r.Description, .. r.AmountPence is { } p ? [LetterWords.Money(p)] : Array.Empty<string>(), .. r.DueOn is { } on ? [LetterWords.Date(on)] : Array.Empty<string>()]);
                }
                foreach (var (a, i) in complaint.OutstandingActions.Where(a => a.Stage == stage).OrderBy(a => a.Ordinal).Select((a, i) => (a, i)))
                {
                    Item($"outstandingActions[{i}]", $"the outstanding action \"{a.Description}\" and its date", $"{code} f",
                        [a.Description, .. a.DueOn is { } on ? [LetterWords.Date(on)] : Array.Empty<string>()]);
                }
                Item("escalationRoute", stage == 1 ? "how to escalate the complaint to stage 2" : "how to go to the Housing Ombudsman", $"{code} g", s.EscalationRoute);
                if (stage == 2)
                {
                    Ombudsman("6.19 g");
                }
                break;
            case LetterKind.Update:
                var update = complaint.Updates.MaxBy(u => u.Ordinal);
                var about = update?.About ?? UpdateReasons.None;
                var why = about.HasFlag(UpdateReasons.ExtendedResponse) ? "5.9" : "6.6, 6.17";
                Item("update.progress", "what has happened since the resident was last told", why, update?.Progress);
                if (about.HasFlag(UpdateReasons.ExtendedResponse))
                {
                    Item("respondBy", "the date the response is due", "5.9", s.RespondBy is { } by ? LetterWords.Date(by) : null);
                }
                foreach (var (a, i) in complaint.OutstandingActions.Where(a => a.CompletedOn is null).OrderBy(a => a.Stage).ThenBy(a => a.Ordinal).Select((a, i) => (a, i)))
                {
                    Item($"update.actions[{i}]", $"the outstanding action \"{a.Description}\" and when it will be done", a.Stage == 1 ? "6.6" : "6.17",
                        a.Description, LetterWords.Date(a.DueOn));
                }
                Item("update.nextUpdateOn", "when the resident will next hear from us", why, update?.NextUpdateOn is { } next ? LetterWords.Date(next) : null);
                break;
            case LetterKind.NotAccepted:
                Item("refusal.explanation", "why the matter is not suitable for the complaints process", "2.4", complaint.RefusalExplanation);
                Ombudsman("2.4");
                break;
            case LetterKind.EscalationRefused:
                Item("refusal.explanation", "the reasons the escalation is refused", "5.11", complaint.RefusalExplanation);
                Ombudsman("5.11");
                break;
        }
        return items;
    }

    /// <summary>
    /// What the offer to complain must say (Code 1.5, 1.6, 3.7): what the resident was unhappy with (the request's
    /// reference, or their words), how to complain (each way the landlord's settings give: telephone, email, the
    /// complaints policy), and the Housing Ombudsman's name, telephone and website.
    /// </summary>
    public static IReadOnlyList<RequiredItem> ForOffer(OfferFacts facts, ComplaintRoutes routes, OmbudsmanDetails ombudsman)
    {
        var provision = facts.ServiceRequest ? "1.5" : "1.6";
        var items = new List<RequiredItem>
        {
            new("offer.about", facts.ServiceRequest ? "which request the resident is unhappy about" : "what the resident said they were unhappy with", provision,
                string.IsNullOrWhiteSpace(facts.About) ? [] : [facts.About.Trim()], "the record does not say"),
        };
        string[] ways = [.. new[] { routes.Telephone, routes.Email, routes.PolicyUrl }.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w!.Trim())];
        items.Add(new("offer.howToComplain", "how to make a complaint", provision, ways,
            "the settings hold no telephone number, email address or complaints policy for residents to complain to: an administrator must set one"));
        const string unset = "the settings do not hold it: an administrator must set it";
        items.Add(new("ombudsman.name", "the Housing Ombudsman's name", "3.7", Words(ombudsman.Name), unset));
        items.Add(new("ombudsman.telephone", "the Housing Ombudsman's telephone number", "3.7", Words(ombudsman.Telephone), unset));
        items.Add(new("ombudsman.website", "the Housing Ombudsman's website", "3.7", Words(ombudsman.Website), unset));
        return items;

        static IReadOnlyList<string> Words(string? w) => string.IsNullOrWhiteSpace(w) ? [] : [w.Trim()];
    }

    /// <summary>
    /// Each required item the letter's text does not contain, as a refusal naming the item and its provision.
    /// Words are matched ignoring case and runs of spaces and line breaks. Empty when the letter is complete.
    /// </summary>
    public static IReadOnlyList<DomainError> Missing(IEnumerable<RequiredItem> items, string text)
    {
        var haystack = Normalise(text);
        return items
            .Where(i => i.Words.Count == 0 || i.Words.Any(w => !haystack.Contains(Normalise(w), StringComparison.OrdinalIgnoreCase)))
            .Select(i => new DomainError(ErrorCodes.LetterIncomplete,
                i.Words.Count == 0
                    ? $"The letter cannot say {i.What}: {i.WhyNot ?? "the complaint's record does not hold it"} (Code {i.Provision})."
                    : $"The letter must say {i.What} (Code {i.Provision}).",
                $"letter.{i.Key}"))
            .ToList();
    }

    /// <summary>The decision in the words letters use.</summary>
    public static string Words(Decision decision) => decision switch
    {
        Decision.Upheld => "upheld",
        Decision.PartlyUpheld => "partly upheld",
        _ => "not upheld",
    };

    private static string Normalise(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
