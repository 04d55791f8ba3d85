using Redress.Domain.Common;
using Redress.Domain.Complaints;
using static Redress.Domain.Tests.Calendars;
using static Redress.Domain.Tests.ComplaintBuilder;

namespace Redress.Domain.Tests.Complaints;

/// <summary>
/// Keeping the resident informed: at the interval agreed when a response is extended (Code 5.9), and while actions
/// promised in a response are outstanding (6.6, 6.17). The complaint keeps the date the next update is due.
/// </summary>
public sealed class UpdateTests
{
    /// <summary>Acknowledged 22 December 2025 (response due 8 January 2026), extended on 5 January by 5 working days with updates every 3.</summary>
    private static (Complaint Complaint, ComplaintBuilder Builder) Extended(int every = 3)
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged("2025-12-22");
        Assert.Null(complaint.Extend(new ExtensionDetails(5, "Waiting for the surveyor", D("2026-01-05"), null, every), Ombudsman, builder.Ctx));
        return (complaint, builder);
    }

    [Fact]
    [Trait("Code", "5.9")]
    public void Extension_PutsTheFirstUpdateAtTheAgreedIntervalAfterTheResidentWasTold()
    {
        var (complaint, _) = Extended(every: 3);

        Assert.Equal(D("2026-01-08"), complaint.NextUpdateOn); // Monday 5 January + 3 working days
        Assert.Contains(ComplaintAction.SendUpdate, complaint.AllowedActions());
    }

    [Fact]
    [Trait("Code", "5.9")]
    public void NoExtensionAndNoActions_NoUpdateOwed_AndSendingOneIsRefused()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();

        var error = complaint.SendUpdate(new UpdateDetails(D("2026-01-05"), "Still looking into it"), builder.Ctx);

        Assert.Null(complaint.NextUpdateOn);
        Assert.Equal(ErrorCodes.InvalidTransition, error?.Code);
        Assert.Empty(complaint.Updates);
    }

    [Fact]
    [Trait("Code", "5.9")]
    public void UpdateOnTime_RecordsItsDueDate_AndTheNextFollowsTheInterval()
    {
        var (complaint, builder) = Extended(every: 3);

        Assert.Null(complaint.SendUpdate(new UpdateDetails(D("2026-01-07"), "The surveyor visited today."), builder.Ctx));

        var update = Assert.Single(complaint.Updates);
        Assert.Equal(D("2026-01-08"), update.DueOn);
        Assert.True(update.OnTime);
        Assert.Equal(D("2026-01-12"), update.NextUpdateOn); // Wednesday 7 January + 3 working days
        Assert.Equal(D("2026-01-12"), complaint.NextUpdateOn);
        Assert.Equal(UpdateReasons.ExtendedResponse, update.About);
    }

    [Fact]
    [Trait("Code", "5.9")]
    public void UpdateAfterItsDueDate_IsLate()
    {
        var (complaint, builder) = Extended(every: 3);

        Assert.Null(complaint.SendUpdate(new UpdateDetails(D("2026-01-09"), "The report is in."), builder.Ctx));

        Assert.False(Assert.Single(complaint.Updates).OnTime);
    }

    [Fact]
    [Trait("Code", "5.9")]
    public void PromisingTheNextUpdateLaterThanTheAgreedInterval_IsRefused()
    {
        var (complaint, builder) = Extended(every: 3);
        var version = complaint.Version;

        var error = complaint.SendUpdate(new UpdateDetails(D("2026-01-07"), "The surveyor visited.", D("2026-01-13")), builder.Ctx);

        Assert.Equal(ErrorCodes.UpdateIntervalExceeded, error?.Code);
        Assert.Equal("nextUpdateOn", error?.Field);
        Assert.Contains("2026-01-12", error!.Message);
        Assert.Empty(complaint.Updates);
        Assert.Equal(version, complaint.Version);
        // Sooner than the interval is always allowed.
        Assert.Null(complaint.SendUpdate(new UpdateDetails(D("2026-01-07"), "The surveyor visited.", D("2026-01-09")), builder.Ctx));
        Assert.Equal(D("2026-01-09"), complaint.NextUpdateOn);
    }

    [Fact]
    [Trait("Code", "5.9")]
    public void UpdateProblems_EveryReasonAtOnce()
    {
        var (complaint, builder) = Extended();

        var problems = complaint.UpdateProblems(new UpdateDetails(D("2027-01-01"), " ", D("2026-12-31")), EnglandAndWales, builder.Ctx.Today);

        Assert.Equal(["sentOn", "progress", "nextUpdateOn"], problems.Select(p => p.Field));
    }

    [Fact]
    [Trait("Code", "5.9")]
    public void TheResponse_EndsTheUpdatesOfTheExtension()
    {
        var (complaint, builder) = Extended();
        var response = Response("2026-01-07", complaint.CurrentStage.Definition!) with { OutstandingActions = [] };

        Assert.Null(complaint.Respond(response, "Ask us to escalate to stage 2.", builder.Ctx));

        Assert.Null(complaint.NextUpdateOn);
        Assert.DoesNotContain(ComplaintAction.SendUpdate, complaint.AllowedActions());
    }

    [Fact]
    [Trait("Code", "6.6")]
    public void OutstandingActions_AnUpdateIsDueByEachActionsDate_UntilTheyAreDone()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Acknowledged();
        var response = Response("2026-01-06", complaint.CurrentStage.Definition!) with
        {
            OutstandingActions = [new ActionDetails("Replace the window", D("2026-01-20"), null), new ActionDetails("Inspect the roof", D("2026-02-03"), null)],
        };
        Assert.Null(complaint.Respond(response, "Ask us to escalate to stage 2.", builder.Ctx));
        Assert.Equal(D("2026-01-20"), complaint.NextUpdateOn);

        // An update after the first action's date, promising the next by the second action's date.
        Assert.Null(complaint.SendUpdate(new UpdateDetails(D("2026-01-21"), "The window is ordered."), builder.Ctx));
        var update = complaint.Updates[^1];
        Assert.Equal(UpdateReasons.OutstandingActions, update.About);
        Assert.False(update.OnTime);
        Assert.Equal(D("2026-02-03"), update.NextUpdateOn);
        Assert.Equal(D("2026-02-03"), complaint.NextUpdateOn);

        foreach (var action in complaint.OutstandingActions)
        {
            Assert.Null(complaint.CompleteAction(action.Id, D("2026-01-28"), builder.Ctx));
        }
        Assert.Null(complaint.NextUpdateOn);
        Assert.DoesNotContain(ComplaintAction.SendUpdate, complaint.AllowedActions());
    }

    [Fact]
    [Trait("Code", "6.17")]
    public void EveryActionOverdue_TheNextUpdateDateMustBeGiven()
    {
        var builder = new ComplaintBuilder();
        var complaint = builder.Responded(on: "2026-01-06"); // one action, due 20 January 2026

        var error = complaint.SendUpdate(new UpdateDetails(D("2026-01-27"), "The contractor has not come."), builder.Ctx);

        Assert.Equal(ErrorCodes.NextUpdateRequired, error?.Code);
        Assert.Null(complaint.SendUpdate(new UpdateDetails(D("2026-01-27"), "The contractor has not come.", D("2026-02-03")), builder.Ctx));
        Assert.Equal(D("2026-02-03"), complaint.NextUpdateOn);
    }

    [Fact]
    [Trait("Code", "6.6")]
    public void OutstandingActions_KeepUpdatesOwedAfterClosing_ButNotAfterWithdrawal()
    {
        var builder = new ComplaintBuilder();
        var closed = builder.Responded(on: "2026-01-06");
        Assert.Null(closed.Close(D("2026-01-07"), builder.Ctx));
        Assert.Equal(D("2026-01-20"), closed.NextUpdateOn);

        var withdrawn = builder.Responded(on: "2026-01-06");
        Assert.Null(withdrawn.Withdraw(D("2026-01-07"), "Resident asked", builder.Ctx));
        Assert.Null(withdrawn.NextUpdateOn);
    }

    [Fact]
    [Trait("Code", "5.9")]
    public void ASecondExtension_RestartsTheIntervalFromWhenTheResidentWasTold()
    {
        var (complaint, builder) = Extended(every: 3);
        Assert.Null(complaint.Extend(new ExtensionDetails(2, "Still waiting", D("2026-01-09"), null, 10), Ombudsman, builder.Ctx));

        // Friday 9 January + 10 working days.
        Assert.Equal(D("2026-01-23"), complaint.NextUpdateOn);
    }
}
