using Redress.Domain.Complaints;
using Redress.Domain.Letters;
using Redress.Web.Settings;

namespace Redress.Web.Letters;

/// <summary>
/// The fields a letter template can use, built from the complaint and the landlord's settings. Dates and
/// money are already in words ("9 January 2026", "£150.00"), as <see cref="LetterWords"/> writes them.
/// </summary>
public static class LetterModel
{
    /// <summary>The fields a template can use, and what each holds (shown beside the template editor).</summary>
    public static readonly IReadOnlyList<(string Field, string Meaning)> Fields =
    [
        ("recipient.name", "who the letter is to: the resident, or their representative"),
        ("signed_by", "the handler of the stage, else the person recording the step"),
        ("landlord.name, .address, .telephone, .email, .website, .complaints_policy", "from the settings"),
        ("complaint.reference, .stage, .received_on, .requested_on, .acknowledge_by, .respond_by, .description", "the complaint; dates in words"),
        ("definition.summary, .points, .outcomes_sought, .clarification", "the complaint definition of the stage (points and outcomes are lists)"),
        ("definition.not_responsible", "a list: each item.matter and item.party"),
        ("extension.new_respond_by, .previous_respond_by, .working_days, .reason, .update_interval", "the latest extension of the stage"),
        ("response.decision, .reasons, .escalation_route", "the response of the stage"),
        ("response.findings", "a list: each finding.point, finding.decision, finding.reasons"),
        ("response.remedies", "a list: each remedy.description, remedy.amount, remedy.due_on, remedy.done"),
        ("response.actions", "a list of outstanding actions: each action.description, action.due_on"),
        ("update.progress, .next_update_on, .respond_by, .extended, .late", "the latest update: what has happened, when the resident will hear next, the response's due date while it is extended (true or false), whether it is later than it was due (true or false)"),
        ("update.actions", "a list of the actions still outstanding: each action.description, action.due_on, action.overdue"),
        ("refusal.explanation", "why the complaint or its escalation is not accepted"),
        ("offer.service_request, .reference, .about, .told_on, .survey", "the offer to complain: whether it is about a service request (true or false), its reference, what was asked or what the resident was unhappy with, the date of the request or the feedback, the survey"),
        ("ombudsman.name, .telephone, .website, .address, .email", "the Housing Ombudsman's details from the settings"),
    ];

    public static Dictionary<string, object?> Build(Complaint complaint, int stageNumber, string recipient, LandlordSettings settings, string signedBy)
    {
        var stage = complaint.StageNumber(stageNumber) ?? complaint.CurrentStage;
        var definition = stage.Definition;
        var extension = stage.Extensions.MaxBy(e => e.Ordinal);
        return new()
        {
            ["recipient"] = new Dictionary<string, object?> { ["name"] = recipient },
            ["signed_by"] = signedBy,
            ["landlord"] = Landlord(settings),
            ["complaint"] = new Dictionary<string, object?>
            {
                ["reference"] = complaint.Reference,
                ["stage"] = stage.Number,
                ["received_on"] = LetterWords.Date(complaint.ReceivedOn),
                ["requested_on"] = LetterWords.Date(stage.RequestedOn),
                ["acknowledge_by"] = LetterWords.Date(stage.AcknowledgeBy),
                ["respond_by"] = stage.RespondBy is { } due ? LetterWords.Date(due) : null,
                ["description"] = complaint.Description,
            },
            ["definition"] = new Dictionary<string, object?>
            {
                ["summary"] = definition?.Summary,
                ["points"] = definition?.Points.ToList() ?? [],
                ["outcomes_sought"] = definition?.OutcomesSought.ToList() ?? [],
                ["not_responsible"] = (definition?.NotResponsibleFor ?? []).Select(n => new Dictionary<string, object?> { ["matter"] = n.Matter, ["party"] = n.ResponsibleParty }).ToList(),
                ["clarification"] = definition?.ClarificationSought,
            },
            ["extension"] = extension is null ? null : new Dictionary<string, object?>
            {
                ["new_respond_by"] = LetterWords.Date(extension.NewRespondBy),
                ["previous_respond_by"] = LetterWords.Date(extension.PreviousRespondBy),
                ["working_days"] = LetterWords.WorkingDays(extension.WorkingDays),
                ["reason"] = extension.Reason,
                ["update_interval"] = extension.UpdateIntervalWorkingDays is { } every ? LetterWords.WorkingDays(every) : null,
            },
            ["response"] = new Dictionary<string, object?>
            {
                ["decision"] = stage.Decision is { } d ? LetterRequirements.Words(d) : null,
                ["reasons"] = stage.Reasons,
                ["findings"] = stage.Findings.OrderBy(f => f.Ordinal).Select(f => new Dictionary<string, object?>
                {
                    ["point"] = f.Point, ["decision"] = LetterRequirements.Words(f.Decision), ["reasons"] = f.Reasons,
                }).ToList(),
                ["remedies"] = complaint.Remedies.Where(r => r.Stage == stage.Number).OrderBy(r => r.Ordinal).Select(r => new Dictionary<string, object?>
                {
                    ["description"] = r.Description,
                    ["amount"] = r.AmountPence is { } p ? LetterWords.Money(p) : null,
                    ["due_on"] = r.DueOn is { } on ? LetterWords.Date(on) : null,
                    ["done"] = r.CompletedOn is not null,
                }).ToList(),
                ["actions"] = complaint.OutstandingActions.Where(a => a.Stage == stage.Number).OrderBy(a => a.Ordinal).Select(a => new Dictionary<string, object?>
                {
                    ["description"] = a.Description, ["due_on"] = a.DueOn is { } on ? LetterWords.Date(on) : null,
                }).ToList(),
                ["escalation_route"] = stage.EscalationRoute,
            },
            ["update"] = Update(complaint, stage),
            ["refusal"] = new Dictionary<string, object?> { ["explanation"] = complaint.RefusalExplanation },
            ["ombudsman"] = Ombudsman(settings),
        };
    }

    /// <summary>The latest update to the resident (Code 5.9, 6.6, 6.17), with the actions still outstanding; null before any.</summary>
    private static Dictionary<string, object?>? Update(Complaint complaint, ComplaintStage stage)
    {
        if (complaint.Updates.MaxBy(u => u.Ordinal) is not { } update)
        {
            return null;
        }
        var extended = update.About.HasFlag(UpdateReasons.ExtendedResponse);
        return new()
        {
            ["progress"] = update.Progress,
            ["next_update_on"] = update.NextUpdateOn is { } next ? LetterWords.Date(next) : null,
            ["extended"] = extended,
            ["late"] = !update.OnTime,
            ["respond_by"] = extended && stage.RespondBy is { } by ? LetterWords.Date(by) : null,
            ["actions"] = complaint.OutstandingActions.Where(a => a.CompletedOn is null).OrderBy(a => a.Stage).ThenBy(a => a.Ordinal).Select(a => new Dictionary<string, object?>
            {
                ["description"] = a.Description, ["due_on"] = LetterWords.Date(a.DueOn), ["overdue"] = a.DueOn < update.SentOn,
            }).ToList(),
        };
    }

    /// <summary>The fields of the offer to complain (Code 1.5, 1.6): who, from whom, about what, how to complain, the Ombudsman.</summary>
    public static Dictionary<string, object?> BuildOffer(OfferSubject subject, string recipient, LandlordSettings settings, string signedBy) => new()
    {
        ["recipient"] = new Dictionary<string, object?> { ["name"] = recipient },
        ["signed_by"] = signedBy,
        ["landlord"] = Landlord(settings),
        ["offer"] = new Dictionary<string, object?>
        {
            ["service_request"] = subject.ServiceRequest, ["reference"] = subject.Reference, ["about"] = subject.About,
            ["told_on"] = LetterWords.Date(subject.On), ["survey"] = subject.Source,
        },
        ["ombudsman"] = Ombudsman(settings),
    };

    private static Dictionary<string, object?> Landlord(LandlordSettings settings) => new()
    {
        ["name"] = settings.LandlordName, ["address"] = settings.LandlordAddress, ["telephone"] = settings.LandlordTelephone,
        ["email"] = settings.LandlordEmail, ["website"] = settings.LandlordWebsite, ["complaints_policy"] = settings.ComplaintsPolicyUrl,
    };

    private static Dictionary<string, object?> Ombudsman(LandlordSettings settings) => new()
    {
        ["name"] = settings.Ombudsman.Name, ["telephone"] = settings.Ombudsman.Telephone, ["website"] = settings.Ombudsman.OnlineForm,
        ["address"] = settings.Ombudsman.Address, ["email"] = settings.Ombudsman.Email,
    };
}
