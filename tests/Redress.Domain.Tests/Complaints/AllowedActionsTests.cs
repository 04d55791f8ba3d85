using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Domain.Rules;
using static Redress.Domain.Tests.Calendars;
using static Redress.Domain.Tests.ComplaintBuilder;

namespace Redress.Domain.Tests.Complaints;

/// <summary>What a complaint allows in each state is one rule: the page's buttons and the methods' refusals both come from it.</summary>
public class AllowedActionsTests
{
    public static TheoryData<string, string[]> States => new()
    {
        { "received", ["acknowledge", "reassign", "not-accept", "withdraw", "add-point", "offer-remedy", "record-correspondence"] },
        { "acknowledged", ["extend", "respond", "reassign", "not-accept", "withdraw", "add-point", "offer-remedy", "record-correspondence"] },
        { "responded", ["escalate", "refuse-escalation", "close", "withdraw", "add-point", "offer-remedy", "complete-action", "send-update", "record-correspondence"] },
        { "stage 2", ["acknowledge", "reassign", "withdraw", "add-point", "offer-remedy", "complete-action", "send-update", "record-correspondence"] },
        { "not accepted", ["record-correspondence"] },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void AllowedActions_InEachState_AreTheOnesTheCodeAllows(string state, string[] expected)
    {
        var complaint = Build(state);

        Assert.Equal(expected.Order(StringComparer.Ordinal), complaint.AllowedActions().Select(a => a.Key).Order(StringComparer.Ordinal));
    }

    /// <summary>Every action the set leaves out is refused by the complaint's method, and nothing changes.</summary>
    [Theory]
    [InlineData("received")]
    [InlineData("responded")]
    [InlineData("not accepted")]
    public void Methods_RefuseEveryActionNotAllowed(string state)
    {
        var builder = new ComplaintBuilder();
        var complaint = Build(state, builder);
        var allowed = complaint.AllowedActions();
        var version = complaint.Version;
        var attempts = new Dictionary<ComplaintAction, Func<DomainError?>>
        {
            [ComplaintAction.Acknowledge] = () => complaint.Acknowledge(D("2026-01-20"), Handler2, Definition(), builder.Ctx),
            [ComplaintAction.Extend] = () => complaint.Extend(new ExtensionDetails(5, "r", D("2026-01-07"), null, 5), Ombudsman, builder.Ctx),
            [ComplaintAction.Respond] = () => complaint.Respond(Response("2026-01-07", Definition()), "Ask for stage 2", builder.Ctx),
            [ComplaintAction.Close] = () => complaint.Close(D("2026-01-20"), builder.Ctx),
            [ComplaintAction.NotAccept] = () => complaint.NotAccept(new RefusalDetails(RefusalReason.Other, "Why", D("2026-01-20"), null), builder.Ctx),
            [ComplaintAction.Reassign] = () => complaint.Reassign(Handler2),
            [ComplaintAction.SendUpdate] = () => complaint.SendUpdate(new UpdateDetails(D("2026-01-20"), "News", D("2026-01-27")), builder.Ctx),
        };

        foreach (var (action, attempt) in attempts.Where(a => !allowed.Contains(a.Key)))
        {
            Assert.Equal(ErrorCodes.InvalidTransition, attempt()?.Code);
            Assert.Equal(version, complaint.Version);
        }
    }

    [Fact]
    public void Rules_InMemory_AnswerAsTheStateSays()
    {
        var received = Build("received");
        var responded = Build("responded");

        Assert.True(ComplaintRules.Open.IsMetBy(received));
        Assert.True(ComplaintRules.Unassigned.IsMetBy(received));
        Assert.True(ComplaintRules.Overdue(received.NextDueOn!.Value.AddDays(1)).IsMetBy(received));
        Assert.False(ComplaintRules.Overdue(received.NextDueOn!.Value).IsMetBy(received)); // due today is not overdue
        Assert.False(ComplaintRules.Open.IsMetBy(responded));
        Assert.True(ComplaintRules.NotOpen.IsMetBy(responded));
        Assert.True(ComplaintRules.CanEscalate.IsMetBy(responded));
        Assert.True(StageRules.RespondedInTime.IsMetBy(responded.CurrentStage));
        Assert.False(StageRules.RespondedLate.IsMetBy(responded.CurrentStage));
    }

    private static Complaint Build(string state, ComplaintBuilder? builder = null)
    {
        builder ??= new ComplaintBuilder();
        switch (state)
        {
            case "received":
                return builder.Received();
            case "acknowledged":
                return builder.Acknowledged();
            case "responded":
                return builder.Responded();
            case "stage 2":
                return builder.AtStage2();
            default:
                var complaint = builder.Received();
                Assert.Null(complaint.NotAccept(new RefusalDetails(RefusalReason.PreviouslyConsidered, "Considered under CMP-1.", D("2025-12-22"), null), builder.Ctx));
                return complaint;
        }
    }
}

public class TimelineWordsTests
{
    [Theory]
    [InlineData("complaint.reminder-overdue", "Reminder sent: a deadline has passed")]
    [InlineData("resident.representative-added", "Representative recorded for the resident")]
    [InlineData("ombudsman-case.determined", "Ombudsman case: determined")]
    public void Describe_EveryEvent_InWordsNeverItsCode(string code, string words) =>
        Assert.Equal(words, Redress.Domain.Complaints.ComplaintAction.Describe(code));
}
