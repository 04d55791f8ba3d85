using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Redress.Domain.Calendar;
using Redress.Domain.Complaints;
using Redress.Domain.Measures;
using Redress.Domain.Rules;
using Redress.Web.Calendar;
using Redress.Web.Data;
using Redress.Web.Data.Entities;
using Redress.Web.Settings;

namespace Redress.Web.Tests.Rules;

/// <summary>
/// Each rule is written once, as an expression: the database runs it in the queries and the same rule answers
/// in memory. Over the same generated complaints, in every state the Code allows, both find the same set.
/// </summary>
public abstract class RuleParityTests<TFactory> : OwnInstance<TFactory> where TFactory : RedressFactory, new()
{
    private static readonly DateOnly Today = new(2026, 6, 30);
    private static readonly Guid[] Handlers = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    [Fact]
    public async Task EveryRuleAndMeasure_InTheDatabaseAndInMemory_FindTheSameComplaints()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RedressDbContext>();
        var settings = await scope.ServiceProvider.GetRequiredService<SettingsStore>().GetAsync(db);
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarService>().CurrentAsync(db, settings);
        await SeedAsync(db, calendar, count: 160);
        var complaints = await db.Complaints.AsNoTracking().Include(c => c.Stages).Include(c => c.Remedies).AsSplitQuery().ToListAsync();
        var stages = complaints.SelectMany(c => c.Stages).ToList();
        var period = ReportingPeriod.Year(2025);

        var complaintRules = new[]
        {
            ComplaintRules.Open, ComplaintRules.NotOpen, ComplaintRules.Unassigned, ComplaintRules.CountsInCh01, ComplaintRules.EscalationRefused,
            ComplaintRules.CanEscalate, ComplaintRules.Overdue(Today), ComplaintRules.DueBy(Today.AddDays(7)),
        };
        foreach (var rule in complaintRules)
        {
            var inDatabase = await db.Complaints.Where(rule.Expression).Select(c => c.Id).ToListAsync();
            Assert.True(Same(inDatabase, complaints.Where(rule.IsMetBy).Select(c => c.Id)), $"'{rule}' differs between the database and memory");
        }
        var stageRules = new[] { StageRules.AcknowledgedLate, StageRules.AcknowledgedInTime, StageRules.RespondedInTime, StageRules.RespondedLate, StageRules.Extended, StageRules.ExtendedBeyondCap };
        foreach (var rule in stageRules)
        {
            var inDatabase = await db.ComplaintStages.Where(rule.Expression).Select(s => s.Id).ToListAsync();
            Assert.True(Same(inDatabase, stages.Where(rule.IsMetBy).Select(s => s.Id)), $"'{rule}' differs between the database and memory");
        }
        foreach (var measure in MeasureCatalogue.Fixed)
        {
            var expression = measure.In(period, Today);
            var inDatabase = await db.Complaints.Where(expression).Select(c => c.Id).ToListAsync();
            Assert.True(Same(inDatabase, complaints.AsQueryable().Where(expression).Select(c => c.Id)), $"measure '{measure.Key}' differs between the database and memory");
        }
        // The data covers every state, so no rule agrees only because it finds nothing.
        Assert.All(complaintRules.Take(6).Concat<object>(stageRules.Take(5)), rule =>
            Assert.True(rule is Rule<Complaint> c ? complaints.Any(c.IsMetBy) : stages.Any(((Rule<ComplaintStage>)rule).IsMetBy), $"no complaint meets '{rule}'"));
    }

    private static bool Same(IEnumerable<Guid> a, IEnumerable<Guid> b) => a.Order().SequenceEqual(b.Order());

    /// <summary>Complaints from January 2025 to June 2026 taken along the Code's paths by a seeded random walk.</summary>
    private static async Task SeedAsync(RedressDbContext db, WorkingDayCalendar calendar, int count)
    {
        var random = new Random(20261130);
        var context = new ComplaintContext(Today, calendar, Guid.CreateVersion7);
        for (var i = 0; i < count; i++)
        {
            var resident = new Resident { Id = Guid.CreateVersion7(), Name = $"Resident {i}", Tenure = Tenure.Lcra, CreatedAtUtc = DateTime.UtcNow };
            var received = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 540));
            var (complaint, error) = Complaint.Receive(Guid.CreateVersion7(), $"CMP-P-{i:0000}", new ReceiptDetails
            {
                ReceivedOn = received, Channel = Channel.Email, ResidentId = resident.Id, Description = "Parity", Category = $"cat{i % 3}",
                IssueOccurredOn = random.Next(8) == 0 ? received.AddMonths(-14) : received.AddDays(-3),
            }, ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, context);
            Assert.Null(error);
            Walk(complaint!, random, context);
            db.Residents.Add(resident);
            db.Complaints.Add(complaint!);
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    /// <summary>Moves the complaint on while the dates stay before today; each step the rules refuse is simply not taken.</summary>
    private static void Walk(Complaint c, Random random, ComplaintContext context)
    {
        DateOnly On(DateOnly from, int upTo) => from.AddDays(random.Next(0, upTo)) is var d && d <= Today ? d : Today;
        var roll = random.Next(100);
        if (roll < 8)
        {
            c.NotAccept(new RefusalDetails(RefusalReason.PreviouslyConsidered, "Considered before.", On(c.ReceivedOn, 5), null), context);
            return;
        }
        if (roll < 20 || c.Acknowledge(On(c.ReceivedOn, 10), Handlers[random.Next(3)], Definition(), context) is not null)
        {
            if (random.Next(2) == 0)
            {
                c.Withdraw(On(c.ReceivedOn, 5), null, context);
            }
            return;
        }
        var stage = c.CurrentStage;
        if (random.Next(3) == 0)
        {
            c.Extend(new ExtensionDetails(random.Next(3, 14), "A report is awaited.", On(stage.AcknowledgedOn!.Value, 5), random.Next(2) == 0 ? "Complex" : null, 5), "Housing Ombudsman", context);
        }
        if (random.Next(5) == 0 || c.Respond(Response(On(stage.AcknowledgedOn!.Value, 25)), "Ask for stage 2.", context) is not null)
        {
            return;
        }
        if (random.Next(3) == 0)
        {
            c.Close(On(stage.RespondedOn!.Value, 10), context);
        }
        if (random.Next(10) == 0)
        {
            c.RefuseEscalation(On(stage.RespondedOn!.Value, 10), new RefusalDetails(RefusalReason.Other, "Nothing new.", On(stage.RespondedOn!.Value, 10), null), context);
            return;
        }
        if (random.Next(2) == 0
            && c.Escalate(new EscalationDetails(On(stage.RespondedOn!.Value, 20), null, null), ReceiptPolicy.Default, Timescales.HousingOmbudsman2024, context) is null
            && random.Next(3) > 0)
        {
            c.Acknowledge(On(c.CurrentStage.RequestedOn, 8), Handlers[random.Next(3)] is var h && h == c.Stages[0].HandlerId ? Handlers[(Array.IndexOf(Handlers, h) + 1) % 3] : h, Definition(), context);
            if (c.IsOpen && random.Next(2) == 0)
            {
                c.Respond(Response(On(c.CurrentStage.AcknowledgedOn!.Value, 30)), "The Housing Ombudsman.", context);
            }
        }
    }

    private static Definition Definition() => new() { Summary = "Repair", Points = ["Repair not done"], OutcomesSought = ["Repair done"] };

    private static ResponseDetails Response(DateOnly on) => new(on, Decision.Upheld, [new FindingDetails("Repair not done", Decision.Upheld, "Records.")], "Reasons.",
        [new RemedyDetails(RemedyType.Apology, "Apology", null, null, DoneNow: true)], []);
}

[Trait("Database", "SQLite")]
public sealed class RuleParitySqliteTests : RuleParityTests<SqliteFactory>;

[Trait("Database", "PostgreSQL")]
public sealed class RuleParityPostgresTests : RuleParityTests<PostgresFactory>;
