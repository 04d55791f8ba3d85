using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Complaints;
using Redress.Web.Data;
using Redress.Web.Pages.Shared;
using Redress.Web.Settings;
using Redress.Web.Time;

namespace Redress.Web.Pages.Complaints;

/// <summary>
/// Issue the response of the current stage (Code 6.6-6.9, 6.17-6.19): a finding with reasons on every
/// point of the definition, the decision and reasons, remedies and outstanding actions; the check page
/// shows all seven items the letter must hold, the route of escalation among them.
/// </summary>
[Authorize(Policy = Policies.CaseworkPages)]
public sealed class RespondModel(ComplaintOperations complaints, SettingsStore settings, RedressDbContext db, TimeProvider clock) : ComplaintJourney(complaints)
{
    public const int Rows = 3;

    [BindProperty]
    public RespondForm Form { get; set; } = new();

    public StageView Stage => Complaint.Stages[^1];
    public ResponseDetails? Answer { get; private set; }
    public string EscalationRoute { get; private set; } = "";

    protected override void Prefill() => Form.RespondedOn = Dates.Parts(clock.TodayInUk());

    protected override async Task<bool> LoadMoreAsync(CancellationToken ct)
    {
        if (Stage.Definition is null)
        {
            return false;
        }
        EscalationRoute = (await settings.GetAsync(db, ct)).EscalationRoute(Complaint.Stage);
        Pad(Form.Findings, Stage.Definition.Points.Count);
        Pad(Form.Remedies, Rows);
        Pad(Form.Actions, Rows);
        return true;
    }

    private static void Pad<T>(List<T> rows, int count) where T : new()
    {
        while (rows.Count < count)
        {
            rows.Add(new T());
        }
    }

    protected override bool Read()
    {
        var respondedOn = Form.RespondedOn.Read(ModelState, "respondedOn", "The date of the response", required: true);
        var findings = ReadFindings(Stage.Definition!.Points);
        if (Form.Decision is null)
        {
            ModelState.AddModelError("decision", "Select the decision on the complaint as a whole");
        }
        if (string.IsNullOrWhiteSpace(Form.Reasons))
        {
            ModelState.AddModelError("reasons", "Enter the reasons for the decision, referring to the policy, law or good practice that apply");
        }
        var remedies = Form.Remedies.Select((r, i) => r.Read(ModelState, i)).Where(r => r is not null).Select(r => r!).ToList();
        var actions = Form.Actions.Select((a, i) => a.Read(ModelState, i)).Where(a => a is not null).Select(a => a!).ToList();
        if (!ModelState.IsValid)
        {
            return false;
        }
        Answer = new ResponseDetails(respondedOn!.Value, Form.Decision!.Value, findings, Form.Reasons!.Trim(), remedies, actions,
            string.IsNullOrWhiteSpace(Form.DecisionDiffersBecause) ? null : Form.DecisionDiffersBecause.Trim());
        return true;
    }

    private List<FindingDetails> ReadFindings(IReadOnlyList<string> points)
    {
        var findings = new List<FindingDetails>();
        for (var i = 0; i < points.Count; i++)
        {
            var f = Form.Findings[i];
            if (f.Decision is null)
            {
                ModelState.AddModelError($"findings-{i}-decision", $"Select the decision on \u2018{points[i]}\u2019");
            }
            if (string.IsNullOrWhiteSpace(f.Reasons))
            {
                ModelState.AddModelError($"findings-{i}-reasons", $"Enter the reasons for the decision on \u2018{points[i]}\u2019");
            }
            if (f.Decision is { } d && !string.IsNullOrWhiteSpace(f.Reasons))
            {
                findings.Add(new FindingDetails(points[i], d, f.Reasons.Trim()));
            }
        }
        return findings;
    }

    protected override ComplaintAction Action => ComplaintAction.Respond;

    protected override ComplaintChange Change()
    {
        var response = Answer!;
        return (c, ctx, s) => c.Respond(response, s.EscalationRoute(c.Stage), ctx);
    }

    /// <summary>Every reason the response would be refused, at once (the complaint's own rule).</summary>
    protected override ComplaintProblems? Problems()
    {
        var response = Answer!;
        return (c, ctx, s) => c.ResponseProblems(response, s.EscalationRoute(c.Stage), ctx.Today);
    }

    protected override string Banner(ComplaintView recorded) => $"Stage {recorded.Stage} response recorded.";
}

public sealed class RespondForm
{
    public DateParts RespondedOn { get; set; } = new();
    public List<FindingForm> Findings { get; set; } = [];
    public Decision? Decision { get; set; }
    public string? Reasons { get; set; }
    /// <summary>Code 6.7, 6.18: why the overall decision differs from the findings, when it does.</summary>
    public string? DecisionDiffersBecause { get; set; }
    public List<RemedyForm> Remedies { get; set; } = [];
    public List<ActionForm> Actions { get; set; } = [];
}

public sealed class FindingForm
{
    public Decision? Decision { get; set; }
    public string? Reasons { get; set; }
}

public sealed class RemedyForm
{
    public RemedyType? Type { get; set; }
    public string? Description { get; set; }
    public string? Amount { get; set; }
    public DateParts Due { get; set; } = new();
    /// <summary>Code 7.3: done as it was offered (an apology given in the response), so no date is to come.</summary>
    public bool DoneNow { get; set; }

    public bool IsEmpty => Type is null && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Amount) && Due.IsEmpty && !DoneNow;

    public RemedyDetails? Read(ModelStateDictionary state, int i)
    {
        if (IsEmpty)
        {
            return null;
        }
        var n = i + 1;
        if (Type is null)
        {
            state.AddModelError($"remedies-{i}-type", $"Select the type of remedy {n}");
        }
        long? pence = null;
        if (!string.IsNullOrWhiteSpace(Amount))
        {
            if (decimal.TryParse(Amount.Trim().TrimStart('£'), NumberStyles.Number, CultureInfo.InvariantCulture, out var pounds) && pounds >= 0 && decimal.Round(pounds, 2) == pounds)
            {
                pence = (long)(pounds * 100);
            }
            else
            {
                state.AddModelError($"remedies-{i}-amountPence", $"Enter the amount of remedy {n} in pounds, like 150 or 150.50");
            }
        }
        var due = Due.Read(state, $"remedies-{i}-dueOn", $"The date remedy {n} is due", required: false);
        return state.IsValid ? new RemedyDetails(Type!.Value, Description!.Trim(), pence, due, DoneNow) : null;
    }
}

public sealed class ActionForm
{
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public DateParts Due { get; set; } = new();

    public ActionDetails? Read(ModelStateDictionary state, int i)
    {
        if (string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && Due.IsEmpty)
        {
            return null;
        }
        var n = i + 1;
        if (string.IsNullOrWhiteSpace(Description))
        {
            state.AddModelError($"outstandingActions-{i}-description", $"Enter what outstanding action {n} is");
        }
        var due = Due.Read(state, $"outstandingActions-{i}-dueOn", $"The date outstanding action {n} is due", required: true);
        return state.IsValid ? new ActionDetails(Description?.Trim() ?? "", due!.Value, string.IsNullOrWhiteSpace(Owner) ? null : Owner.Trim()) : null;
    }
}
